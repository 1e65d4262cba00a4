<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AhpEditor</name>
    <message>
        <location filename="../../app/widgets/ahp_editor.py" line="83"/>
        <source>AHP pairwise comparison</source>
        <translation>AHP 쌍대비교</translation>
    </message>
    <message>
        <location filename="../../app/widgets/ahp_editor.py" line="91"/>
        <source>How much more important is the row criterion than the column criterion? (1 = equal, 3 = moderately, 5 = strongly, 7 = very strongly, 9 = extremely)</source>
        <translation>행 기준이 열 기준보다 얼마나 더 중요합니까? (1 = 같음, 3 = 약간, 5 = 중요, 7 = 매우 중요, 9 = 절대 중요)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/ahp_editor.py" line="98"/>
        <source>Weight</source>
        <translation>가중치</translation>
    </message>
    <message>
        <location filename="../../app/widgets/ahp_editor.py" line="109"/>
        <source>Import expert matrices…</source>
        <translation>전문가 행렬 가져오기…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/ahp_editor.py" line="111"/>
        <source>One CSV file per expert, or one XLSX sheet per expert: the criteria in the first column and the header, judgements 1/9 … 9 in the cells.</source>
        <translation>전문가마다 CSV 파일 하나 또는 XLSX 시트 하나: 첫 열과 머리글에 기준, 칸에는 1/9 … 9 판단값.</translation>
    </message>
    <message>
        <location filename="../../app/widgets/ahp_editor.py" line="115"/>
        <source>AIJ: geometric mean of the judgements</source>
        <translation>AIJ: 판단값의 기하평균</translation>
    </message>
    <message>
        <location filename="../../app/widgets/ahp_editor.py" line="116"/>
        <source>AIP: geometric mean of the priorities</source>
        <translation>AIP: 가중치의 기하평균</translation>
    </message>
    <message>
        <location filename="../../app/widgets/ahp_editor.py" line="125"/>
        <source>Apply weights</source>
        <translation>가중치 적용</translation>
    </message>
    <message>
        <location filename="../../app/widgets/ahp_editor.py" line="157"/>
        <source>Edited by hand: the expert panel&apos;s result no longer applies.</source>
        <translation>직접 수정함: 전문가 집단의 결과는 더 이상 적용되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../app/widgets/ahp_editor.py" line="173"/>
        <source>Cannot compute AHP weights: %1</source>
        <translation>AHP 가중치를 계산할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../app/widgets/ahp_editor.py" line="186"/>
        <source>acceptable (CR ≤ 0.10)</source>
        <translation>일관성 양호 (CR ≤ 0.10)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/ahp_editor.py" line="196"/>
        <source>Change this judgement: “%1” vs “%2” is %3; the other judgements imply about %4. Setting it to %5 gives CR = %6.</source>
        <translation>이 판단을 바꾸세요: “%1” 대 “%2”가 %3인데 다른 판단들로 보면 약 %4입니다. %5(으)로 바꾸면 CR = %6.</translation>
    </message>
    <message>
        <location filename="../../app/widgets/ahp_editor.py" line="209"/>
        <source>Inconsistent judgements</source>
        <translation>일관성이 없는 판단</translation>
    </message>
    <message>
        <location filename="../../app/widgets/ahp_editor.py" line="210"/>
        <source>CR = %1 is above 0.10: the judgements contradict each other and the weights may not mean what the experts meant. Apply them anyway?</source>
        <translation>CR = %1이(가) 0.10보다 큽니다. 판단들이 서로 모순되어 가중치가 전문가의 뜻과 다를 수 있습니다. 그래도 적용할까요?</translation>
    </message>
    <message>
        <location filename="../../app/widgets/ahp_editor.py" line="220"/>
        <source>Import expert matrices</source>
        <translation>전문가 행렬 가져오기</translation>
    </message>
    <message>
        <location filename="../../app/widgets/ahp_editor.py" line="221"/>
        <source>Matrices (*.csv *.xlsx);;All files (*)</source>
        <translation>행렬 (*.csv *.xlsx);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/ahp_editor.py" line="244"/>
        <source>The matrix&apos;s criteria %1 do not match this scenario&apos;s %2.</source>
        <translation>행렬의 기준 %1이(가) 이 시나리오의 기준 %2과(와) 맞지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../app/widgets/ahp_editor.py" line="271"/>
        <source>%1 experts combined by %2; %3 of them with CR &gt; 0.10.</source>
        <translation>전문가 %1명을 %2 방식으로 종합; 그중 %3명은 CR &gt; 0.10.</translation>
    </message>
    <message>
        <location filename="../../app/widgets/ahp_editor.py" line="187"/>
        <source>inconsistent: revise the judgements (CR must be &lt; 0.10)</source>
        <translation>일관성 부족: 판단을 고치세요 (CR &lt; 0.10이어야 함)</translation>
    </message>
</context>
<context>
    <name>AppSession</name>
    <message>
        <location filename="../../app/widgets/session.py" line="140"/>
        <source>Loading districts and indicators…</source>
        <translation>경계와 지표를 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/session.py" line="269"/>
        <source>No criteria: add at least one indicator in the Criteria panel.</source>
        <translation>기준이 없습니다: 평가 기준 패널에서 지표를 하나 이상 추가하세요.</translation>
    </message>
</context>
<context>
    <name>BreakdownChart</name>
    <message>
        <location filename="../../app/widgets/results_panel.py" line="235"/>
        <source>Select districts on the map or in the table
to see what makes up their score.</source>
        <translation>지도나 표에서 지역을 선택하면
점수 구성을 보여 줍니다.</translation>
    </message>
</context>
<context>
    <name>CategoryChart</name>
    <message>
        <location filename="../../app/widgets/plan_panel.py" line="71"/>
        <source>Share of plan cost</source>
        <translation>계획 사업비 비중</translation>
    </message>
    <message>
        <location filename="../../app/widgets/plan_panel.py" line="76"/>
        <source>climate + digital</source>
        <translation>기후 + 디지털</translation>
    </message>
</context>
<context>
    <name>CompareCanvas</name>
    <message>
        <location filename="../../app/widgets/compare_view.py" line="266"/>
        <source>No data / excluded</source>
        <translation>자료 없음 / 제외</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../app/widgets/compare_view.py" line="402"/>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <location filename="../../app/widgets/compare_view.py" line="402"/>
        <source>District</source>
        <translation>지역명</translation>
    </message>
    <message>
        <location filename="../../app/widgets/compare_view.py" line="403"/>
        <source>Rank A</source>
        <translation>순위 A</translation>
    </message>
    <message>
        <location filename="../../app/widgets/compare_view.py" line="403"/>
        <source>Rank B</source>
        <translation>순위 B</translation>
    </message>
    <message>
        <location filename="../../app/widgets/compare_view.py" line="404"/>
        <source>Top %1</source>
        <translation>상위 %1</translation>
    </message>
    <message>
        <location filename="../../app/widgets/compare_view.py" line="405"/>
        <source>Rank change: rank in B − rank in A (negative = higher in B)</source>
        <translation>순위 변화: B 순위 − A 순위 (음수 = B에서 상승)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/compare_view.py" line="407"/>
        <source>In the top %1 of A only, of B only, or of both</source>
        <translation>A에서만, B에서만 또는 둘 다 상위 %1</translation>
    </message>
    <message>
        <location filename="../../app/widgets/compare_view.py" line="439"/>
        <source>A only</source>
        <translation>A만</translation>
    </message>
    <message>
        <location filename="../../app/widgets/compare_view.py" line="440"/>
        <source>B only</source>
        <translation>B만</translation>
    </message>
    <message>
        <location filename="../../app/widgets/compare_view.py" line="441"/>
        <source>both</source>
        <translation>공통</translation>
    </message>
    <message>
        <location filename="../../app/widgets/compare_view.py" line="536"/>
        <location filename="../../app/widgets/compare_view.py" line="598"/>
        <source>Rank change</source>
        <translation>순위 변화</translation>
    </message>
    <message>
        <location filename="../../app/widgets/compare_view.py" line="581"/>
        <source>Swap A and B</source>
        <translation>A와 B 바꾸기</translation>
    </message>
    <message>
        <location filename="../../app/widgets/compare_view.py" line="587"/>
        <source>Scenario A</source>
        <translation>시나리오 A</translation>
    </message>
    <message>
        <location filename="../../app/widgets/compare_view.py" line="590"/>
        <source>Scenario B</source>
        <translation>시나리오 B</translation>
    </message>
    <message>
        <location filename="../../app/widgets/compare_view.py" line="593"/>
        <source>Top</source>
        <translation>상위</translation>
    </message>
    <message>
        <location filename="../../app/widgets/compare_view.py" line="598"/>
        <source>Side by side</source>
        <translation>나란히 보기</translation>
    </message>
    <message>
        <location filename="../../app/widgets/compare_view.py" line="598"/>
        <source>Swipe</source>
        <translation>스와이프</translation>
    </message>
    <message>
        <location filename="../../app/widgets/compare_view.py" line="610"/>
        <source>Full extent</source>
        <translation>전체 보기</translation>
    </message>
    <message>
        <location filename="../../app/widgets/compare_view.py" line="619"/>
        <location filename="../../app/widgets/compare_view.py" line="943"/>
        <location filename="../../app/widgets/compare_view.py" line="944"/>
        <source>Rank change B − A</source>
        <translation>순위 변화 B − A</translation>
    </message>
    <message>
        <location filename="../../app/widgets/compare_view.py" line="622"/>
        <source>Choose two scenarios to compare.</source>
        <translation>비교할 시나리오 두 개를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../app/widgets/compare_view.py" line="850"/>
        <source>Scoring %1 and %2…</source>
        <extracomment>Below this width (pixels) the tools go to a second row and the table below the maps.</extracomment>
        <translation>%1, %2 점수 계산 중…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/compare_view.py" line="900"/>
        <source>Comparison failed: %1</source>
        <translation>비교 실패: %1</translation>
    </message>
    <message>
        <location filename="../../app/widgets/compare_view.py" line="932"/>
        <source>top %1–%2%</source>
        <translation>상위 %1–%2%</translation>
    </message>
    <message>
        <location filename="../../app/widgets/compare_view.py" line="933"/>
        <source>Score class</source>
        <translation>점수 등급</translation>
    </message>
    <message>
        <location filename="../../app/widgets/compare_view.py" line="941"/>
        <source>no change</source>
        <translation>변화 없음</translation>
    </message>
    <message>
        <location filename="../../app/widgets/compare_view.py" line="941"/>
        <source>higher in B</source>
        <translation>B에서 상승</translation>
    </message>
    <message>
        <location filename="../../app/widgets/compare_view.py" line="942"/>
        <source>lower in B</source>
        <translation>B에서 하락</translation>
    </message>
    <message>
        <location filename="../../app/widgets/compare_view.py" line="1004"/>
        <source>Districts ranked in both: %1</source>
        <translation>두 시나리오 모두에서 순위가 매겨진 지역: %1곳</translation>
    </message>
    <message>
        <location filename="../../app/widgets/compare_view.py" line="1005"/>
        <source>Top-%1 overlap</source>
        <translation>상위 %1 겹침</translation>
    </message>
    <message>
        <location filename="../../app/widgets/compare_view.py" line="1006"/>
        <source>in the top %1 of A only (solid outline)</source>
        <translation>A의 상위 %1에만 있음 (실선 테두리)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/compare_view.py" line="1007"/>
        <source>in the top %1 of B only (dashed outline)</source>
        <translation>B의 상위 %1에만 있음 (점선 테두리)</translation>
    </message>
</context>
<context>
    <name>ConstraintEditor</name>
    <message>
        <location filename="../../app/widgets/constraint_editor.py" line="144"/>
        <source>Rule</source>
        <extracomment>Operator id (as stored in :class:`Constraint`) and how it is shown.</extracomment>
        <translation>조건</translation>
    </message>
    <message>
        <location filename="../../app/widgets/constraint_editor.py" line="144"/>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location filename="../../app/widgets/constraint_editor.py" line="144"/>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../app/widgets/constraint_editor.py" line="145"/>
        <source>Excluded</source>
        <translation>제외</translation>
    </message>
    <message>
        <location filename="../../app/widgets/constraint_editor.py" line="147"/>
        <source>Districts this constraint excludes in the loaded data</source>
        <translation>불러온 자료에서 이 제약 조건으로 제외되는 지역 수</translation>
    </message>
    <message>
        <location filename="../../app/widgets/constraint_editor.py" line="160"/>
        <source>Add constraint</source>
        <translation>제약 조건 추가</translation>
    </message>
    <message>
        <location filename="../../app/widgets/constraint_editor.py" line="161"/>
        <source>Exclude the districts where this indicator crosses a threshold</source>
        <translation>이 지표가 기준값을 넘거나 밑도는 지역을 제외합니다</translation>
    </message>
    <message>
        <location filename="../../app/widgets/constraint_editor.py" line="163"/>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../app/widgets/constraint_editor.py" line="293"/>
        <source>reason shown in the results</source>
        <translation>결과에 표시할 사유</translation>
    </message>
    <message>
        <location filename="../../app/widgets/constraint_editor.py" line="362"/>
        <source>Unit: %1</source>
        <translation>단위: %1</translation>
    </message>
    <message>
        <location filename="../../app/widgets/constraint_editor.py" line="364"/>
        <location filename="../../app/widgets/constraint_editor.py" line="392"/>
        <source>Data still loading.</source>
        <translation>자료를 불러오는 중입니다.</translation>
    </message>
    <message>
        <location filename="../../app/widgets/constraint_editor.py" line="366"/>
        <source>No values in the data.</source>
        <translation>자료에 값이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../app/widgets/constraint_editor.py" line="368"/>
        <source>Data range: %1 – %2</source>
        <translation>자료 범위: %1 – %2</translation>
    </message>
    <message>
        <location filename="../../app/widgets/constraint_editor.py" line="377"/>
        <source>Select a criterion to edit its constraints.</source>
        <translation>제약 조건을 편집할 기준을 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../app/widgets/constraint_editor.py" line="380"/>
        <source>Districts where “%1” meets a rule below are excluded from the score; the results list the reason.</source>
        <translation>“%1” 값이 아래 조건에 해당하는 지역은 평가에서 제외되고, 결과표에 그 사유가 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../../app/widgets/constraint_editor.py" line="387"/>
        <source>No constraints: no district is excluded by this criterion.</source>
        <translation>제약 조건 없음: 이 기준으로 제외되는 지역이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../app/widgets/constraint_editor.py" line="391"/>
        <source>Select a constraint to see how many districts it excludes.</source>
        <translation>제약 조건을 선택하면 제외되는 지역 수를 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../app/widgets/constraint_editor.py" line="394"/>
        <source>%1 districts excluded by this constraint</source>
        <translation>이 제약 조건으로 %1개 지역 제외</translation>
    </message>
    <message>
        <location filename="../../app/widgets/constraint_editor.py" line="399"/>
        <source>%1 by all constraints of this criterion</source>
        <translation>이 기준의 모든 제약 조건으로 %1개</translation>
    </message>
</context>
<context>
    <name>CriteriaPanel</name>
    <message>
        <location filename="../../app/widgets/criteria_panel.py" line="245"/>
        <source>Data of %1</source>
        <translation>%1년 자료</translation>
    </message>
    <message>
        <location filename="../../app/widgets/criteria_panel.py" line="88"/>
        <source>Scenario</source>
        <translation>시나리오</translation>
    </message>
    <message>
        <location filename="../../app/widgets/criteria_panel.py" line="91"/>
        <location filename="../../app/widgets/criteria_panel.py" line="147"/>
        <source>Method</source>
        <translation>방법</translation>
    </message>
    <message>
        <location filename="../../app/widgets/criteria_panel.py" line="93"/>
        <source>Method parameters</source>
        <translation>방법 매개변수</translation>
    </message>
    <message>
        <location filename="../../app/widgets/criteria_panel.py" line="101"/>
        <source>Criterion</source>
        <translation>기준</translation>
    </message>
    <message>
        <location filename="../../app/widgets/criteria_panel.py" line="101"/>
        <source>Direction</source>
        <translation>방향</translation>
    </message>
    <message>
        <location filename="../../app/widgets/criteria_panel.py" line="102"/>
        <source>Weight</source>
        <translation>가중치</translation>
    </message>
    <message>
        <location filename="../../app/widgets/criteria_panel.py" line="115"/>
        <source>Add criterion</source>
        <translation>기준 추가</translation>
    </message>
    <message>
        <location filename="../../app/widgets/criteria_panel.py" line="119"/>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../app/widgets/criteria_panel.py" line="121"/>
        <source>AHP…</source>
        <translation>AHP…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/criteria_panel.py" line="122"/>
        <source>Derive the weights from pairwise comparisons</source>
        <translation>쌍대비교로 가중치 산정</translation>
    </message>
    <message>
        <location filename="../../app/widgets/criteria_panel.py" line="124"/>
        <source>Equal weights</source>
        <translation>동일 가중치</translation>
    </message>
    <message>
        <location filename="../../app/widgets/criteria_panel.py" line="126"/>
        <source>Weights from…</source>
        <translation>가중치 산정…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/criteria_panel.py" line="128"/>
        <source>Entropy of the data</source>
        <translation>자료의 엔트로피</translation>
    </message>
    <message>
        <location filename="../../app/widgets/criteria_panel.py" line="128"/>
        <source>CRITIC (contrast and conflict)</source>
        <translation>CRITIC (대비와 상충)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/criteria_panel.py" line="129"/>
        <source>Rank order centroid (list order = importance)</source>
        <translation>순위 중심법 ROC (목록 순서 = 중요도)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/criteria_panel.py" line="130"/>
        <source>Rank sum (list order = importance)</source>
        <translation>순위 합법 (목록 순서 = 중요도)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/criteria_panel.py" line="131"/>
        <source>Rank reciprocal (list order = importance)</source>
        <translation>순위 역수법 (목록 순서 = 중요도)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/criteria_panel.py" line="161"/>
        <source>Standardisation</source>
        <translation>표준화</translation>
    </message>
    <message>
        <location filename="../../app/widgets/criteria_panel.py" line="149"/>
        <source>impute median</source>
        <translation>중앙값 대체</translation>
    </message>
    <message>
        <location filename="../../app/widgets/criteria_panel.py" line="84"/>
        <source>Manage…</source>
        <translation>관리…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/criteria_panel.py" line="85"/>
        <source>New, duplicate, rename or delete scenarios</source>
        <translation>시나리오 새로 만들기, 복제, 이름 바꾸기, 삭제</translation>
    </message>
    <message>
        <location filename="../../app/widgets/criteria_panel.py" line="149"/>
        <source>score 0</source>
        <translation>0점 처리</translation>
    </message>
    <message>
        <location filename="../../app/widgets/criteria_panel.py" line="150"/>
        <source>exclude district</source>
        <translation>지역 제외</translation>
    </message>
    <message>
        <location filename="../../app/widgets/criteria_panel.py" line="153"/>
        <source>Missing values</source>
        <translation>결측값</translation>
    </message>
    <message>
        <location filename="../../app/widgets/criteria_panel.py" line="247"/>
        <location filename="../../app/widgets/criteria_panel.py" line="280"/>
        <source>benefit ↑</source>
        <translation>편익 ↑</translation>
    </message>
    <message>
        <location filename="../../app/widgets/criteria_panel.py" line="248"/>
        <location filename="../../app/widgets/criteria_panel.py" line="281"/>
        <source>cost ↓</source>
        <translation>비용 ↓</translation>
    </message>
    <message>
        <location filename="../../app/widgets/criteria_panel.py" line="342"/>
        <location filename="../../app/widgets/criteria_panel.py" line="353"/>
        <source>Weights</source>
        <translation>가중치</translation>
    </message>
    <message>
        <location filename="../../app/widgets/criteria_panel.py" line="342"/>
        <source>Derived weights need at least two criteria.</source>
        <translation>가중치를 산정하려면 기준이 둘 이상 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../app/widgets/criteria_panel.py" line="353"/>
        <source>Cannot derive the weights: %1</source>
        <translation>가중치를 산정할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../app/widgets/criteria_panel.py" line="377"/>
        <source>AHP</source>
        <translation>AHP</translation>
    </message>
    <message>
        <location filename="../../app/widgets/criteria_panel.py" line="377"/>
        <source>AHP needs at least two criteria.</source>
        <translation>AHP에는 기준이 두 개 이상 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../app/widgets/criteria_panel.py" line="409"/>
        <source>(data still loading)</source>
        <translation>(자료를 불러오는 중)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/criteria_panel.py" line="431"/>
        <location filename="../../app/widgets/criteria_panel.py" line="499"/>
        <source>Cannot apply</source>
        <translation>적용할 수 없음</translation>
    </message>
    <message>
        <location filename="../../app/widgets/criteria_panel.py" line="164"/>
        <location filename="../../app/widgets/criteria_panel.py" line="487"/>
        <source>Constraints</source>
        <translation>제약 조건</translation>
    </message>
    <message>
        <location filename="../../app/widgets/criteria_panel.py" line="242"/>
        <source>Column %1 of the indicator table</source>
        <translation>지표 표의 %1 열</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../app/widgets/export_dialog.py" line="69"/>
        <source>⚠ %1 is a legacy system on the Bessel 1841 ellipsoid: converting from Korea 2000 needs a datum shift (%2, stated accuracy %3). Positions may differ by metres from other data; use it only when the recipient asks for it.</source>
        <extracomment>Format id -&gt; (label, main file suffix): the core&apos;s export formats, then the PDF report. Offered CRSs (EPSG code, label); &quot;custom&quot; lets the user type any EPSG code.</extracomment>
        <translation>⚠ %1은(는) Bessel 1841 타원체 기반의 구 좌표계입니다. Korea 2000에서 변환하려면 datum 변환(%2, 명시 정확도 %3)이 필요하며 다른 자료와 수 m 차이가 날 수 있습니다. 받는 기관이 요구할 때만 사용하세요.</translation>
    </message>
    <message>
        <location filename="../../app/widgets/export_dialog.py" line="139"/>
        <source>Map image</source>
        <translation>지도 이미지</translation>
    </message>
    <message>
        <location filename="../../app/widgets/export_dialog.py" line="141"/>
        <source>Features</source>
        <translation>객체 수</translation>
    </message>
    <message>
        <location filename="../../app/widgets/export_dialog.py" line="143"/>
        <location filename="../../app/widgets/export_dialog.py" line="249"/>
        <source>Coordinate system</source>
        <translation>좌표계</translation>
    </message>
    <message>
        <location filename="../../app/widgets/export_dialog.py" line="144"/>
        <location filename="../../app/widgets/export_dialog.py" line="235"/>
        <source>Encoding</source>
        <translation>인코딩</translation>
    </message>
    <message>
        <location filename="../../app/widgets/export_dialog.py" line="145"/>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <location filename="../../app/widgets/export_dialog.py" line="148"/>
        <source>Fields (full name → name in the file):</source>
        <translation>필드 (전체 이름 → 파일 안의 이름):</translation>
    </message>
    <message>
        <location filename="../../app/widgets/export_dialog.py" line="149"/>
        <source>shortened</source>
        <translation>줄임</translation>
    </message>
    <message>
        <location filename="../../app/widgets/export_dialog.py" line="154"/>
        <source>Repaired geometries</source>
        <translation>고친 도형</translation>
    </message>
    <message>
        <location filename="../../app/widgets/export_dialog.py" line="156"/>
        <source>Files</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../../app/widgets/export_dialog.py" line="205"/>
        <source>Export scores</source>
        <translation>점수 내보내기</translation>
    </message>
    <message>
        <location filename="../../app/widgets/export_dialog.py" line="224"/>
        <source>Scenario</source>
        <translation>시나리오</translation>
    </message>
    <message>
        <location filename="../../app/widgets/export_dialog.py" line="230"/>
        <source>Format</source>
        <translation>형식</translation>
    </message>
    <message>
        <location filename="../../app/widgets/export_dialog.py" line="241"/>
        <source>Custom EPSG code…</source>
        <translation>사용자 지정 EPSG 코드…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/export_dialog.py" line="244"/>
        <source>EPSG code, e.g. 5179</source>
        <translation>EPSG 코드 (예: 5179)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/export_dialog.py" line="256"/>
        <source>Zip all parts into one file</source>
        <translation>모든 파일을 zip 하나로 묶기</translation>
    </message>
    <message>
        <location filename="../../app/widgets/export_dialog.py" line="262"/>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/export_dialog.py" line="266"/>
        <source>Output folder</source>
        <translation>출력 폴더</translation>
    </message>
    <message>
        <location filename="../../app/widgets/export_dialog.py" line="268"/>
        <source>File name</source>
        <translation>파일 이름</translation>
    </message>
    <message>
        <location filename="../../app/widgets/export_dialog.py" line="282"/>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <location filename="../../app/widgets/export_dialog.py" line="309"/>
        <source>Choose output folder</source>
        <translation>출력 폴더 선택</translation>
    </message>
    <message>
        <location filename="../../app/widgets/export_dialog.py" line="352"/>
        <source>Unknown EPSG code: %1</source>
        <translation>알 수 없는 EPSG 코드: %1</translation>
    </message>
    <message>
        <location filename="../../app/widgets/export_dialog.py" line="415"/>
        <source>Replace existing files?</source>
        <translation>기존 파일을 바꿀까요?</translation>
    </message>
    <message>
        <location filename="../../app/widgets/export_dialog.py" line="416"/>
        <source>These files already exist:
%1

Replace them?</source>
        <translation>다음 파일이 이미 있습니다:
%1

바꿀까요?</translation>
    </message>
    <message>
        <location filename="../../app/widgets/export_dialog.py" line="428"/>
        <source>Choose an output folder.</source>
        <translation>출력 폴더를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../app/widgets/export_dialog.py" line="431"/>
        <source>Give a file name.</source>
        <translation>파일 이름을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../app/widgets/export_dialog.py" line="437"/>
        <source>Export cancelled: nothing was replaced.</source>
        <translation>내보내기를 취소했습니다. 아무 파일도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../app/widgets/export_dialog.py" line="443"/>
        <source>Exporting…</source>
        <translation>내보내는 중…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/export_dialog.py" line="477"/>
        <source>Written</source>
        <translation>저장됨</translation>
    </message>
    <message>
        <location filename="../../app/widgets/export_dialog.py" line="72"/>
        <source>ESRI Shapefile (.shp)</source>
        <translation>ESRI 셰이프파일 (.shp)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/export_dialog.py" line="73"/>
        <source>GeoPackage (.gpkg)</source>
        <translation>GeoPackage (.gpkg)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/export_dialog.py" line="74"/>
        <source>CSV table (.csv, UTF-8 with BOM)</source>
        <translation>CSV 표 (.csv, BOM 포함 UTF-8)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/export_dialog.py" line="75"/>
        <source>PDF report (.pdf + map .png)</source>
        <translation>PDF 보고서 (.pdf + 지도 .png)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/export_dialog.py" line="76"/>
        <source>CP949 (EUC-KR, Korean Windows / ArcGIS)</source>
        <translation>CP949 (EUC-KR, 한글 Windows / ArcGIS)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/export_dialog.py" line="77"/>
        <source>EPSG:5174 — Korean 1985 / Modified Central Belt (Bessel, legacy)</source>
        <translation>EPSG:5174 — Korean 1985 / Modified Central Belt (Bessel, 구 좌표계)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/export_dialog.py" line="508"/>
        <source>Export failed: %1</source>
        <translation>내보내기 실패: %1</translation>
    </message>
</context>
<context>
    <name>GridActions</name>
    <message>
        <location filename="../../app/widgets/grid_actions.py" line="52"/>
        <source>Dask scheduler</source>
        <translation>Dask 스케줄러</translation>
    </message>
    <message>
        <location filename="../../app/widgets/grid_actions.py" line="53"/>
        <source>Run zonal statistics and grid suitability on this Dask scheduler (e.g. tcp://10.0.0.5:8786; only a trusted machine). Leave empty to compute on this computer.</source>
        <translation>구역 통계와 격자 적합성 분석을 이 Dask 스케줄러에서 실행합니다 (예: tcp://10.0.0.5:8786; 신뢰하는 컴퓨터만). 비워 두면 이 컴퓨터에서 계산합니다.</translation>
    </message>
    <message>
        <location filename="../../app/widgets/grid_actions.py" line="61"/>
        <source>Write the scheduler address as tcp://HOST:PORT or tls://HOST:PORT.</source>
        <translation>스케줄러 주소는 tcp://호스트:포트 또는 tls://호스트:포트 형식으로 적으십시오.</translation>
    </message>
    <message>
        <location filename="../../app/widgets/grid_actions.py" line="87"/>
        <source>Grid recipe</source>
        <translation>격자 분석 설정 파일</translation>
    </message>
    <message>
        <location filename="../../app/widgets/grid_actions.py" line="88"/>
        <source>Grid recipes (*.toml *.json)</source>
        <translation>격자 분석 설정 (*.toml *.json)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/grid_actions.py" line="92"/>
        <source>Write suitability GeoTIFF</source>
        <translation>적합성 GeoTIFF 저장</translation>
    </message>
    <message>
        <location filename="../../app/widgets/grid_actions.py" line="93"/>
        <source>GeoTIFF (*.tif)</source>
        <translation>GeoTIFF (*.tif)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/grid_actions.py" line="101"/>
        <source>Grid suitability written to %1</source>
        <translation>격자 적합성을 %1에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../app/widgets/grid_actions.py" line="111"/>
        <source>Grid suitability cancelled; nothing was written.</source>
        <translation>격자 적합성 분석을 취소했습니다. 아무 파일도 쓰지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../app/widgets/grid_actions.py" line="113"/>
        <source>Grid suitability…</source>
        <translation>격자 적합성 분석 중…</translation>
    </message>
</context>
<context>
    <name>IdentifyPanel</name>
    <message>
        <location filename="../../app/widgets/identify_panel.py" line="60"/>
        <source>Criterion</source>
        <translation>기준</translation>
    </message>
    <message>
        <location filename="../../app/widgets/identify_panel.py" line="60"/>
        <source>Raw value</source>
        <translation>원자료 값</translation>
    </message>
    <message>
        <location filename="../../app/widgets/identify_panel.py" line="60"/>
        <source>Standardised (0-1)</source>
        <translation>표준화 값 (0-1)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/identify_panel.py" line="61"/>
        <source>Weight</source>
        <translation>가중치</translation>
    </message>
    <message>
        <location filename="../../app/widgets/identify_panel.py" line="61"/>
        <source>Points</source>
        <translation>점수 기여</translation>
    </message>
    <message>
        <location filename="../../app/widgets/identify_panel.py" line="74"/>
        <source>Click a district on the map to see its values.</source>
        <translation>지도에서 지역을 누르면 값이 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../../app/widgets/identify_panel.py" line="110"/>
        <source>Data of %1</source>
        <translation>%1년 자료</translation>
    </message>
    <message>
        <location filename="../../app/widgets/identify_panel.py" line="83"/>
        <source>Excluded: %1</source>
        <translation>제외: %1</translation>
    </message>
    <message>
        <location filename="../../app/widgets/identify_panel.py" line="85"/>
        <source>Score %1 · rank %2 of %3</source>
        <translation>점수 %1 · %3개 중 %2위</translation>
    </message>
    <message>
        <location filename="../../app/widgets/identify_panel.py" line="89"/>
        <source>No score</source>
        <translation>점수 없음</translation>
    </message>
    <message>
        <location filename="../../app/widgets/identify_panel.py" line="110"/>
        <source>Column %1 of the indicator table</source>
        <translation>지표 표의 %1 열</translation>
    </message>
</context>
<context>
    <name>LayersPanel</name>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="107"/>
        <source>Opacity</source>
        <translation>불투명도</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="114"/>
        <source>Add…</source>
        <translation>추가…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="115"/>
        <source>Add a vector (GPKG, SHP, GeoJSON), raster (GeoTIFF) or table (CSV, XLSX)</source>
        <translation>벡터(GPKG, SHP, GeoJSON), 래스터(GeoTIFF), 표(CSV, XLSX) 추가</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="118"/>
        <source>Move up</source>
        <translation>위로</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="121"/>
        <source>Move down</source>
        <translation>아래로</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="123"/>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="125"/>
        <source>Properties</source>
        <translation>속성</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="219"/>
        <source>Remove layer</source>
        <translation>레이어 삭제</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="220"/>
        <source>This is the districts layer used for scoring. Remove it anyway?</source>
        <translation>평가에 쓰는 경계 레이어입니다. 그래도 삭제할까요?</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="228"/>
        <source>Add layers</source>
        <translation>레이어 추가</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="230"/>
        <source>All supported</source>
        <translation>지원 형식</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="230"/>
        <source>Vector</source>
        <translation>벡터</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="230"/>
        <source>Raster</source>
        <translation>래스터</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="230"/>
        <source>Tables</source>
        <translation>표</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="241"/>
        <source>This file type is not supported. Use GeoPackage, Shapefile, GeoJSON, GeoTIFF, CSV or XLSX.</source>
        <translation>지원하지 않는 파일 형식입니다. GeoPackage, Shapefile, GeoJSON, GeoTIFF, CSV, XLSX를 사용하세요.</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="244"/>
        <source>Checking %1…</source>
        <translation>%1 확인 중…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="274"/>
        <source>Added %1 (%2)</source>
        <translation>%1 추가됨 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="278"/>
        <source>Cannot add layer</source>
        <translation>레이어를 추가할 수 없음</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="279"/>
        <source>%1 could not be added.</source>
        <translation>%1 파일을 추가할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="295"/>
        <source>Land cover MODIS 2019</source>
        <translation>토지피복 MODIS 2019</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="297"/>
        <source>%1 boundaries 2020</source>
        <translation>%1 경계 2020</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="299"/>
        <source>%1 indicators</source>
        <translation>%1 지표</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="306"/>
        <source>vector layer</source>
        <translation>벡터 레이어</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="306"/>
        <source>raster layer</source>
        <translation>래스터 레이어</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="306"/>
        <source>table</source>
        <translation>표</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="307"/>
        <source>districts (scored)</source>
        <translation>평가 대상 지역</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="307"/>
        <source>indicator table</source>
        <translation>지표 표</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="308"/>
        <source>land cover</source>
        <translation>토지피복</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="309"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="309"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="310"/>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="310"/>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="317"/>
        <source>Cannot read the file: %1</source>
        <translation>파일을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="328"/>
        <source>%1-bit unsigned integer</source>
        <translation>%1비트 부호 없는 정수</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="328"/>
        <source>%1-bit integer</source>
        <translation>%1비트 정수</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="329"/>
        <source>%1-bit floating point</source>
        <translation>%1비트 실수</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="340"/>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="342"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="343"/>
        <source>Driver</source>
        <translation>드라이버</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="346"/>
        <source>Sheet</source>
        <translation>시트</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="348"/>
        <source>Header</source>
        <translation>머리글</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="348"/>
        <source>line %1</source>
        <translation>%1번째 줄</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="349"/>
        <source>Rows</source>
        <translation>행</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="350"/>
        <source>Code column</source>
        <translation>코드 열</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="351"/>
        <source>Name column</source>
        <translation>이름 열</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="354"/>
        <source>Layers in the file</source>
        <translation>파일의 레이어</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="355"/>
        <source>Layer</source>
        <translation>레이어</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="358"/>
        <source>Coordinate system</source>
        <translation>좌표계</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="358"/>
        <source>unknown (no EPSG code)</source>
        <translation>알 수 없음 (EPSG 코드 없음)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="361"/>
        <source>Features</source>
        <translation>객체 수</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="362"/>
        <source>points</source>
        <translation>점</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="362"/>
        <source>multi-points</source>
        <translation>다중 점</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="363"/>
        <source>lines</source>
        <translation>선</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="363"/>
        <source>multi-lines</source>
        <translation>다중 선</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="364"/>
        <source>polygons</source>
        <translation>면</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="364"/>
        <source>multi-polygons</source>
        <translation>다중 면</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="366"/>
        <source>Geometry</source>
        <translation>도형</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="366"/>
        <source>none (attribute table)</source>
        <translation>없음 (속성 표)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="368"/>
        <source>from the .cpg file</source>
        <translation>.cpg 파일 기준</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="368"/>
        <source>detected from the bytes</source>
        <translation>바이트에서 판별</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="369"/>
        <source>ASCII only</source>
        <translation>ASCII 문자만</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="369"/>
        <source>fixed by the format</source>
        <translation>형식이 정함</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="370"/>
        <source>given</source>
        <translation>지정됨</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="371"/>
        <source>Encoding</source>
        <translation>인코딩</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="373"/>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="373"/>
        <source>%1 x %2 pixels, %3 band(s)</source>
        <translation>%1 x %2 픽셀, 밴드 %3개</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="375"/>
        <source>Data type</source>
        <translation>자료형</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="376"/>
        <source>No-data</source>
        <translation>무자료 값</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="378"/>
        <source>Pixel size</source>
        <translation>픽셀 크기</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="381"/>
        <source>Extent</source>
        <translation>범위</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="383"/>
        <source>District code / name</source>
        <translation>지역 코드 / 이름</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="387"/>
        <source>Fields (%1): %2</source>
        <translation>필드 (%1개): %2</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="396"/>
        <source>Layer properties</source>
        <translation>레이어 속성</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/widgets/main_window.py" line="281"/>
        <source>Candidate &amp;regions…</source>
        <translation>후보 권역(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="282"/>
        <source>Groups of neighbouring districts with the best scores</source>
        <translation>점수가 가장 높은 인접 지역의 묶음</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="977"/>
        <source>Candidate regions</source>
        <translation>후보 권역</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="217"/>
        <source>Plan</source>
        <translation>배치 계획</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="633"/>
        <source>Hot spots of the score (LISA)</source>
        <translation>점수의 핫스팟 (LISA)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="689"/>
        <source>Hot spots (local Moran&apos;s I, FDR 5%)</source>
        <translation>핫스팟 (국지적 Moran&apos;s I, FDR 5%)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="687"/>
        <source>Hot spots could not be computed: %1</source>
        <translation>핫스팟을 계산할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="111"/>
        <source>Loading SmartZone…</source>
        <translation>SmartZone 여는 중…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="141"/>
        <source>Loading map…</source>
        <translation>지도를 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="163"/>
        <source>Cannot open project:</source>
        <translation>프로젝트를 열 수 없습니다:</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="186"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="203"/>
        <source>Layers</source>
        <translation>레이어</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="204"/>
        <source>Criteria</source>
        <translation>평가 기준</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="206"/>
        <source>Results</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="211"/>
        <source>Identify</source>
        <translation>지역 정보</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="254"/>
        <source>&amp;New demo project</source>
        <translation>새 데모 프로젝트(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="255"/>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="256"/>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="257"/>
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="258"/>
        <source>Export map image…</source>
        <translation>지도 이미지 내보내기…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="259"/>
        <source>Add layer…</source>
        <translation>레이어 추가…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="261"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="262"/>
        <location filename="../../app/widgets/main_window.py" line="523"/>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="263"/>
        <location filename="../../app/widgets/main_window.py" line="524"/>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="264"/>
        <source>Zoom &amp;in</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="266"/>
        <source>Zoom &amp;out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="267"/>
        <source>&amp;Full extent</source>
        <translation>전체 보기(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="269"/>
        <source>Zoom to &amp;layer</source>
        <translation>레이어에 맞춤(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="270"/>
        <source>Zoom to &amp;selection</source>
        <translation>선택 영역으로(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="272"/>
        <source>&amp;About SmartZone</source>
        <translation>SmartZone 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="273"/>
        <source>&amp;Export scores…</source>
        <translation>점수 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="274"/>
        <source>&amp;Compare scenarios</source>
        <translation>시나리오 비교(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="275"/>
        <source>&amp;Import candidate map…</source>
        <translation>후보지 지도 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="287"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="289"/>
        <source>Open &amp;recent</source>
        <translation>최근 프로젝트(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="297"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="299"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="305"/>
        <source>&amp;Analysis</source>
        <translation>분석(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="310"/>
        <source>&amp;Settings</source>
        <translation>설정(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="312"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="322"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="326"/>
        <source>Main</source>
        <translation>기본</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="338"/>
        <source>Map style</source>
        <translation>지도 스타일</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="341"/>
        <source>Level</source>
        <translation>단위</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="343"/>
        <source>시군구 (municipalities)</source>
        <translation>시군구</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="344"/>
        <source>읍면동 (neighbourhoods)</source>
        <translation>읍면동</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="347"/>
        <source>Map</source>
        <translation>지도</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="352"/>
        <source>Classes</source>
        <translation>등급 구분</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="434"/>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="435"/>
        <source>The project has unsaved changes. Save them before closing?</source>
        <translation>저장하지 않은 변경 사항이 있습니다. 닫기 전에 저장할까요?</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="454"/>
        <source>Open project</source>
        <translation>프로젝트 열기</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="465"/>
        <source>Cannot open project</source>
        <translation>프로젝트를 열 수 없음</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="480"/>
        <source>Save project as</source>
        <translation>프로젝트를 다른 이름으로 저장</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="487"/>
        <source>Cannot save project</source>
        <translation>프로젝트를 저장할 수 없음</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="490"/>
        <source>Saved %1</source>
        <translation>%1 저장함</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="502"/>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="511"/>
        <source>Undone: %1</source>
        <translation>실행 취소: %1</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="516"/>
        <source>Redone: %1</source>
        <translation>다시 실행: %1</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="528"/>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="614"/>
        <source>scored in %1 ms</source>
        <translation>평가 %1 ms</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="624"/>
        <location filename="../../app/widgets/main_window.py" line="632"/>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="625"/>
        <source>Score (%1)</source>
        <translation>점수 (%1)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="626"/>
        <source>Data of %1</source>
        <translation>%1년 자료</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="641"/>
        <source>Standardised: %1</source>
        <translation>표준화 값: %1</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="696"/>
        <source>Tip: choose “%1” in the Map list to map the raw indicator.</source>
        <translation>도움말: 지도 목록에서 “%1”을(를) 고르면 원 지표를 지도로 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="846"/>
        <source>Export map image</source>
        <translation>지도 이미지 내보내기</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="851"/>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="851"/>
        <source>Could not write %1</source>
        <translation>%1에 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="867"/>
        <location filename="../../app/widgets/main_window.py" line="878"/>
        <location filename="../../app/widgets/main_window.py" line="883"/>
        <source>Import candidate map</source>
        <translation>후보지 지도 가져오기</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="871"/>
        <source>Vector files</source>
        <translation>벡터 파일</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="871"/>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="879"/>
        <source>Field with the scores or ranks:</source>
        <translation>점수 또는 순위가 든 필드:</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="882"/>
        <source>Scores (higher is better)</source>
        <translation>점수 (클수록 좋음)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="882"/>
        <source>Ranks (1 is best)</source>
        <translation>순위 (1이 최고)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="884"/>
        <source>The field holds:</source>
        <translation>필드 내용:</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="901"/>
        <source>scores</source>
        <translation>점수</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="901"/>
        <source>ranks</source>
        <translation>순위</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="903"/>
        <source>%1 [%2]: %3 districts, %4 from the field “%5”</source>
        <translation>%1 [%2]: 지역 %3곳, 필드 “%5”의 %4</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="906"/>
        <source>matched %1 districts; not in the project: %2; project districts missing from the file: %3</source>
        <translation>맞춘 지역 %1곳; 프로젝트에 없는 지역: %2곳; 파일에 없는 프로젝트 지역: %3곳</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="911"/>
        <source>no value for %1 districts</source>
        <translation>값이 없는 지역 %1곳</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="914"/>
        <source>scores %1–%2 rescaled to 0–100</source>
        <translation>점수 %1–%2을(를) 0–100으로 환산</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="1000"/>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="1007"/>
        <source>About SmartZone</source>
        <translation>SmartZone 정보</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="1008"/>
        <source>&lt;b&gt;SmartZone&lt;/b&gt;&lt;br&gt;Site selection for Korean smart-city special zones and shrinking cities.&lt;br&gt;&lt;br&gt;Fonts: Nanum Gothic (SIL Open Font License).</source>
        <translation>&lt;b&gt;SmartZone&lt;/b&gt;&lt;br&gt;스마트도시 특화단지·소멸위기 도시 입지 선정 도구&lt;br&gt;&lt;br&gt;글꼴: 나눔고딕 (SIL Open Font License)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="1014"/>
        <source>Language changed. Some texts update after a restart.</source>
        <translation>언어를 바꿨습니다. 일부 문구는 다시 시작한 뒤 바뀝니다.</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="276"/>
        <source>&amp;Zonal statistics…</source>
        <translation>구역 통계(&amp;Z)…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="277"/>
        <source>Summarise a land-cover raster over the districts as new indicators</source>
        <translation>토지피복 래스터를 구역별로 요약해 새 지표로 만듭니다</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="564"/>
        <source>Loading cancelled; the previous data is kept.</source>
        <translation>불러오기를 취소했습니다. 이전 데이터를 그대로 씁니다.</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="278"/>
        <source>&amp;Grid suitability…</source>
        <translation>격자 적합성 분석(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="279"/>
        <source>Score raster criteria cell by cell into a suitability GeoTIFF layer</source>
        <translation>래스터 기준을 격자별로 평가해 적합성 GeoTIFF 레이어를 만듭니다</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="280"/>
        <source>&amp;Dask scheduler…</source>
        <translation>Dask 스케줄러(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <location filename="../../app/widgets/map_canvas.py" line="400"/>
        <source>No data / excluded</source>
        <translation>자료 없음 / 제외</translation>
    </message>
    <message>
        <location filename="../../app/widgets/map_canvas.py" line="558"/>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location filename="../../app/widgets/map_canvas.py" line="565"/>
        <source>Rank: %1 of %2</source>
        <translation>순위: %2개 중 %1위</translation>
    </message>
    <message>
        <location filename="../../app/widgets/map_canvas.py" line="568"/>
        <source>Excluded or no data</source>
        <translation>제외 또는 자료 없음</translation>
    </message>
</context>
<context>
    <name>NoteWords</name>
    <message>
        <location filename="../../app/note_words.py" line="68"/>
        <source>%1: %2 infinite value(s) treated as missing</source>
        <translation>%1: 무한대 값 %2개를 결측값으로 처리했습니다</translation>
    </message>
    <message>
        <location filename="../../app/note_words.py" line="71"/>
        <source>Every district is excluded by the constraints or missing-value policies.</source>
        <translation>제약 조건이나 결측값 처리 방식 때문에 모든 지역이 제외되었습니다.</translation>
    </message>
    <message>
        <location filename="../../app/note_words.py" line="73"/>
        <source>%1: %2 scored district(s) have no value; filled with the median %3</source>
        <translation>%1: 점수를 받은 지역 %2곳에 값이 없어 중앙값 %3(으)로 채웠습니다</translation>
    </message>
    <message>
        <location filename="../../app/note_words.py" line="75"/>
        <source>%1: %2 scored district(s) have no value; filled with %3</source>
        <translation>%1: 점수를 받은 지역 %2곳에 값이 없어 %3(으)로 채웠습니다</translation>
    </message>
    <message>
        <location filename="../../app/note_words.py" line="79"/>
        <source>%1: every valid district has the same value (%2); this criterion cannot change the ranking</source>
        <translation>%1: 유효한 모든 지역의 값이 같습니다 (%2). 이 기준은 순위를 바꿀 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../app/note_words.py" line="84"/>
        <source>Weighted product: %1 of %2 districts score 0 because a standardised value is 0 (districts per criterion: %3); use the Linear ratio or Min-max with a floor standardisation for these criteria to keep the districts apart</source>
        <translation>가중곱: 표준화 값이 0이어서 %2곳 중 %1곳의 점수가 0입니다 (기준별 지역 수: %3). 지역을 구별하려면 이 기준들에 &apos;비율 (최댓값 대비)&apos; 또는 &apos;최소-최대 (하한 있음)&apos; 표준화를 쓰십시오</translation>
    </message>
    <message>
        <location filename="../../app/note_words.py" line="96"/>
        <source>Statistics Korea census codes</source>
        <translation>통계청 센서스 코드</translation>
    </message>
    <message>
        <location filename="../../app/note_words.py" line="97"/>
        <source>Ministry of the Interior administrative codes</source>
        <translation>행정안전부 행정표준코드</translation>
    </message>
    <message>
        <location filename="../../app/note_words.py" line="98"/>
        <source>Ministry of the Interior legal-district codes</source>
        <translation>행정안전부 법정동코드</translation>
    </message>
    <message>
        <location filename="../../app/note_words.py" line="105"/>
        <source>%1: %2 cell(s) held NUL bytes (a damaged export); the NUL bytes were removed. Check the table against its source.</source>
        <translation>%1: 셀 %2개에 NUL 바이트가 있었습니다(손상된 내보내기 파일). NUL 바이트를 지웠으니 원본 자료와 대조해 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../../app/note_words.py" line="109"/>
        <source>%1, column &apos;%2&apos;: decimal commas (e.g. 0,60) were read as decimal points (0.60).</source>
        <translation>%1, 열 &apos;%2&apos;: 소수점 쉼표(예: 0,60)를 소수점(0.60)으로 읽었습니다.</translation>
    </message>
    <message>
        <location filename="../../app/note_words.py" line="112"/>
        <source>row %1 (%2): %3</source>
        <translation>%1행 (%2): %3</translation>
    </message>
    <message>
        <location filename="../../app/note_words.py" line="114"/>
        <source>%1, column &apos;%2&apos;: %3 cell(s) are not numbers and were read as missing values: %4. Fix them in the file if they hold real values.</source>
        <translation>%1, 열 &apos;%2&apos;: 숫자가 아닌 셀 %3개를 결측값으로 읽었습니다: %4. 실제 값이 있어야 하는 셀이면 파일에서 고치십시오.</translation>
    </message>
    <message>
        <location filename="../../app/note_words.py" line="119"/>
        <source>row %1: %2</source>
        <translation>%1행: %2</translation>
    </message>
    <message>
        <location filename="../../app/note_words.py" line="121"/>
        <source>%1, column &apos;%2&apos; is read as text: %3 of its %4 cells are not numbers (e.g. %5).</source>
        <translation>%1, 열 &apos;%2&apos;을(를) 텍스트로 읽었습니다: 셀 %4개 중 %3개가 숫자가 아닙니다 (예: %5).</translation>
    </message>
    <message>
        <location filename="../../app/note_words.py" line="125"/>
        <source>%1 row(s) without an admin code were ignored (footnotes, totals).</source>
        <translation>행정구역 코드가 없는 행 %1개(각주, 합계 등)는 읽지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../app/note_words.py" line="128"/>
        <source>%1 has no numeric indicator columns.</source>
        <translation>%1에 숫자로 된 지표 열이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../app/note_words.py" line="130"/>
        <source>%1: %2, translated to %3 through %4: matched %5, translated %6, mismatched %7 (not joined), unmatched %8.</source>
        <translation>%1: %2를 %3(으)로 변환했습니다(대응표 %4): 일치 %5, 변환 %6, 이름 불일치 %7(결합하지 않음), 대응 없음 %8.</translation>
    </message>
    <message>
        <location filename="../../app/note_words.py" line="132"/>
        <source>%1: %2 (the districts use %3): matched %5, mismatched %7 (not joined), unmatched %8.</source>
        <translation>%1: %2 (지역 경계는 %3 사용): 일치 %5, 이름 불일치 %7(결합하지 않음), 대응 없음 %8.</translation>
    </message>
    <message>
        <location filename="../../app/note_words.py" line="139"/>
        <source>%1: these codes exist in more than one code system and the table has no name column; read as %2. Add a name column (e.g. SIG_KOR_NM) so every match can be checked.</source>
        <translation>%1: 이 코드는 여러 코드 체계에 모두 있고 표에 지역명 열이 없어 %2로 읽었습니다. 모든 대응을 확인할 수 있도록 지역명 열(예: SIG_KOR_NM)을 추가하십시오.</translation>
    </message>
    <message>
        <location filename="../../app/note_words.py" line="143"/>
        <source>%1: merged the parts of %2 district(s) that shared a code.</source>
        <translation>%1: 같은 코드를 가진 지역 %2곳의 여러 도형을 하나로 합쳤습니다.</translation>
    </message>
    <message>
        <location filename="../../app/note_words.py" line="146"/>
        <source>%1 has no CRS; assumed %2.</source>
        <translation>%1에 좌표계 정보가 없어 %2로 가정했습니다.</translation>
    </message>
    <message>
        <location filename="../../app/note_words.py" line="148"/>
        <source>No name field in %1 [%2]: district names are their codes.</source>
        <translation>%1 [%2]에 지역명 필드가 없어 지역 코드를 이름으로 씁니다.</translation>
    </message>
    <message>
        <location filename="../../app/note_words.py" line="148"/>
        <source>ranks start at %1, not 1: the smallest is taken as rank 1.</source>
        <translation>순위가 1이 아니라 %1부터 시작합니다: 가장 작은 값을 1위로 보았습니다.</translation>
    </message>
    <message>
        <location filename="../../app/note_words.py" line="151"/>
        <source>scores %1–%2 are outside 0–100: rescaled linearly to 0–100.</source>
        <translation>점수 %1–%2이(가) 0–100을 벗어나 0–100으로 선형 환산했습니다.</translation>
    </message>
    <message>
        <location filename="../../app/note_words.py" line="154"/>
        <source>Field &apos;%1&apos;: %2 text value(s) longer than %3 bytes were cut to fit the DBF limit (full text is in the GeoPackage/CSV exports).</source>
        <translation>필드 &apos;%1&apos;: %3바이트를 넘는 텍스트 값 %2개를 DBF 한도에 맞춰 잘랐습니다(전체 텍스트는 GeoPackage/CSV 내보내기에 있음).</translation>
    </message>
    <message>
        <location filename="../../app/note_words.py" line="158"/>
        <source>%1 invalid geometries were repaired (make_valid, polygon parts kept).</source>
        <translation>잘못된 도형 %1개를 고쳤습니다(make_valid, 면 부분 유지).</translation>
    </message>
    <message>
        <location filename="../../app/note_words.py" line="161"/>
        <source>%1 cell(s) in &apos;%2&apos;</source>
        <translation>&apos;%2&apos; 열의 셀 %1개</translation>
    </message>
    <message>
        <location filename="../../app/note_words.py" line="163"/>
        <source>Text starting with =, +, -, @, a tab or a line break was prefixed with &apos; so that spreadsheets show it as text, not a formula: %1.</source>
        <translation>=, +, -, @, 탭이나 줄바꿈으로 시작하는 텍스트 앞에 &apos;를 붙여 스프레드시트에서 수식이 아닌 텍스트로 보이게 했습니다: %1.</translation>
    </message>
    <message>
        <location filename="../../app/note_words.py" line="166"/>
        <source>stated accuracy %1 m</source>
        <translation>명시 정확도 %1 m</translation>
    </message>
    <message>
        <location filename="../../app/note_words.py" line="167"/>
        <source>accuracy not stated</source>
        <translation>정확도 명시 없음</translation>
    </message>
    <message>
        <location filename="../../app/note_words.py" line="168"/>
        <source> The datum shift here is about %1 m.</source>
        <translation> 이 지역의 datum 변환량은 약 %1 m입니다.</translation>
    </message>
    <message>
        <location filename="../../app/note_words.py" line="170"/>
        <source>Legacy Bessel system: coordinates were transformed from %1 to %2 with a datum shift between Korea 2000 (GRS80, ITRF2000) and the Bessel 1841 (Tokyo / Korean 1985) datum, using &apos;%3&apos; (%4).%5 Check alignment against the recipient&apos;s base map; prefer EPSG:5179 or EPSG:5186.</source>
        <translation>구 Bessel 좌표계: 좌표를 %1에서 %2(으)로 바꾸며 Korea 2000(GRS80, ITRF2000)과 Bessel 1841(Tokyo / Korean 1985) 측지계 사이의 datum 변환 &apos;%3&apos;을(를) 적용했습니다(%4).%5 받는 기관의 기본도와 겹쳐 확인하고, 가능하면 EPSG:5179나 EPSG:5186을 쓰십시오.</translation>
    </message>
    <message>
        <location filename="../../app/note_words.py" line="177"/>
        <source>The output CRS %1 is a legacy Bessel (Tokyo / Korean 1985) system and the data were already in it: no datum shift was applied. Users on Korea 2000 systems (EPSG:5179, 5186) must apply a datum shift of several hundred metres.</source>
        <translation>출력 좌표계 %1은(는) 구 Bessel(Tokyo / Korean 1985) 좌표계이고 자료가 이미 이 좌표계여서 datum 변환을 하지 않았습니다. Korea 2000 좌표계(EPSG:5179, 5186) 사용자는 수백 m의 datum 변환을 적용해야 합니다.</translation>
    </message>
</context>
<context>
    <name>ParamForm</name>
    <message>
        <location filename="../../app/widgets/param_form.py" line="86"/>
        <source>No parameters.</source>
        <translation>매개변수 없음.</translation>
    </message>
    <message>
        <location filename="../../app/widgets/param_form.py" line="99"/>
        <source>auto (from data)</source>
        <translation>자동 (자료 기준)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/param_form.py" line="121"/>
        <source>district codes, comma separated</source>
        <translation>지역 코드 (쉼표로 구분)</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <location filename="../../app/widgets/plan_panel.py" line="135"/>
        <source>off</source>
        <translation>끔</translation>
    </message>
    <message>
        <location filename="../../app/widgets/plan_panel.py" line="136"/>
        <source>Re-plan with weights drawn around the scenario&apos;s: how often each district gets a solution</source>
        <translation>시나리오 가중치 주변에서 뽑은 가중치로 다시 계획: 각 지역이 솔루션을 받는 빈도</translation>
    </message>
    <message>
        <location filename="../../app/widgets/plan_panel.py" line="139"/>
        <source>Spend per district</source>
        <translation>지역별 사업비</translation>
    </message>
    <message>
        <location filename="../../app/widgets/plan_panel.py" line="140"/>
        <source>How often chosen (robustness)</source>
        <translation>선택 빈도 (강건성)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/plan_panel.py" line="178"/>
        <source>Robustness runs</source>
        <translation>강건성 반복 횟수</translation>
    </message>
    <message>
        <location filename="../../app/widgets/plan_panel.py" line="469"/>
        <source>chosen in % of runs</source>
        <translation>선택된 반복 비율 (%)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/plan_panel.py" line="469"/>
        <source>Chosen (% of runs)</source>
        <translation>선택 빈도 (반복의 %)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/plan_panel.py" line="104"/>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../app/widgets/plan_panel.py" line="104"/>
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../app/widgets/plan_panel.py" line="104"/>
        <source>category</source>
        <translation>분야</translation>
    </message>
    <message>
        <location filename="../../app/widgets/plan_panel.py" line="105"/>
        <source>cost (100M KRW)</source>
        <translation>비용 (억원)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/plan_panel.py" line="105"/>
        <source>value</source>
        <translation>가치</translation>
    </message>
    <message>
        <location filename="../../app/widgets/plan_panel.py" line="110"/>
        <source>Load catalogue…</source>
        <translation>목록 불러오기…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/plan_panel.py" line="112"/>
        <source>Bundled catalogue</source>
        <translation>기본 목록</translation>
    </message>
    <message>
        <location filename="../../app/widgets/plan_panel.py" line="113"/>
        <source>Use the bundled catalogue</source>
        <translation>기본 목록 사용</translation>
    </message>
    <message>
        <location filename="../../app/widgets/plan_panel.py" line="118"/>
        <location filename="../../app/widgets/plan_panel.py" line="124"/>
        <source> 100M KRW</source>
        <translation> 억원</translation>
    </message>
    <message>
        <location filename="../../app/widgets/plan_panel.py" line="126"/>
        <source>e.g. top:60, score&gt;=60, pop_change_2010_2020&lt;0</source>
        <translation>예: top:60, score&gt;=60, pop_change_2010_2020&lt;0</translation>
    </message>
    <message>
        <location filename="../../app/widgets/plan_panel.py" line="132"/>
        <source>no limit</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <location filename="../../app/widgets/plan_panel.py" line="148"/>
        <source>Plan</source>
        <translation>계획</translation>
    </message>
    <message>
        <location filename="../../app/widgets/plan_panel.py" line="150"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../app/widgets/plan_panel.py" line="153"/>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <location filename="../../app/widgets/plan_panel.py" line="172"/>
        <source>Budget</source>
        <translation>예산</translation>
    </message>
    <message>
        <location filename="../../app/widgets/plan_panel.py" line="173"/>
        <source>Climate + digital inclusion at least</source>
        <translation>기후위기 대응 + 디지털 포용 최소</translation>
    </message>
    <message>
        <location filename="../../app/widgets/plan_panel.py" line="174"/>
        <source>Minimum spend</source>
        <translation>최소 집행액</translation>
    </message>
    <message>
        <location filename="../../app/widgets/plan_panel.py" line="175"/>
        <source>Shrinking districts</source>
        <translation>소멸위기 지역</translation>
    </message>
    <message>
        <location filename="../../app/widgets/plan_panel.py" line="176"/>
        <source>Spend in shrinking districts at least</source>
        <translation>소멸위기 지역 사업비 최소</translation>
    </message>
    <message>
        <location filename="../../app/widgets/plan_panel.py" line="177"/>
        <source>Districts funded at most</source>
        <translation>최대 지원 지역 수</translation>
    </message>
    <message>
        <location filename="../../app/widgets/plan_panel.py" line="189"/>
        <location filename="../../app/widgets/plan_panel.py" line="318"/>
        <source>Solution catalogue</source>
        <translation>솔루션 목록</translation>
    </message>
    <message>
        <location filename="../../app/widgets/plan_panel.py" line="298"/>
        <source>Change plan rules</source>
        <translation>배치 규칙 변경</translation>
    </message>
    <message>
        <location filename="../../app/widgets/plan_panel.py" line="312"/>
        <source>Not changed: %1</source>
        <translation>변경하지 않음: %1</translation>
    </message>
    <message>
        <location filename="../../app/widgets/plan_panel.py" line="315"/>
        <source>Edit solution %1</source>
        <translation>솔루션 %1 수정</translation>
    </message>
    <message>
        <location filename="../../app/widgets/plan_panel.py" line="319"/>
        <source>Catalogues (*.csv *.xlsx)</source>
        <translation>솔루션 목록 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/plan_panel.py" line="332"/>
        <source>Load catalogue</source>
        <translation>목록 불러오기</translation>
    </message>
    <message>
        <location filename="../../app/widgets/plan_panel.py" line="389"/>
        <source>planning…</source>
        <translation>계획 중…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/plan_panel.py" line="407"/>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location filename="../../app/widgets/plan_panel.py" line="436"/>
        <source>%1: benefit %2, gap %3 %, %4 s</source>
        <translation>%1: 편익 %2, 최적성 차이 %3 %, %4초</translation>
    </message>
    <message>
        <location filename="../../app/widgets/plan_panel.py" line="439"/>
        <source>%1 (100M KRW) in %2 districts, %3 deployments</source>
        <translation>%2개 지역에 %1억원, 배치 %3건</translation>
    </message>
    <message>
        <location filename="../../app/widgets/plan_panel.py" line="445"/>
        <source>greedy baseline: %1 % of the optimum</source>
        <translation>탐욕 기준안: 최적의 %1 %</translation>
    </message>
    <message>
        <location filename="../../app/widgets/plan_panel.py" line="473"/>
        <source>spend (100M KRW)</source>
        <translation>사업비 (억원)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/plan_panel.py" line="473"/>
        <source>Spend (100M KRW)</source>
        <translation>사업비 (억원)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/plan_panel.py" line="482"/>
        <source>not planned yet</source>
        <translation>아직 계획 없음</translation>
    </message>
    <message>
        <location filename="../../app/widgets/plan_panel.py" line="483"/>
        <source>PASS: every rule is met</source>
        <translation>적합: 모든 규칙 충족</translation>
    </message>
    <message>
        <location filename="../../app/widgets/plan_panel.py" line="484"/>
        <source>FAIL: a rule is broken</source>
        <translation>부적합: 규칙 위반</translation>
    </message>
    <message>
        <location filename="../../app/widgets/plan_panel.py" line="485"/>
        <source>NO PLAN: the rules conflict</source>
        <translation>계획 없음: 규칙이 서로 충돌</translation>
    </message>
    <message>
        <location filename="../../app/widgets/plan_panel.py" line="486"/>
        <source>error</source>
        <translation>오류</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/plan_panel.py" line="302"/>
        <source>Catalogue id: %1</source>
        <translation>카탈로그 ID: %1</translation>
    </message>
</context>
<context>
    <name>RegionsDialog</name>
    <message>
        <location filename="../../app/widgets/regions_dialog.py" line="39"/>
        <source>Candidate regions</source>
        <translation>후보 권역</translation>
    </message>
    <message>
        <location filename="../../app/widgets/regions_dialog.py" line="45"/>
        <source>Total score</source>
        <translation>점수 합계</translation>
    </message>
    <message>
        <location filename="../../app/widgets/regions_dialog.py" line="46"/>
        <source>Mean score</source>
        <translation>평균 점수</translation>
    </message>
    <message>
        <location filename="../../app/widgets/regions_dialog.py" line="48"/>
        <location filename="../../app/widgets/regions_dialog.py" line="50"/>
        <source>no limit</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <location filename="../../app/widgets/regions_dialog.py" line="52"/>
        <source>Regions</source>
        <translation>권역 수</translation>
    </message>
    <message>
        <location filename="../../app/widgets/regions_dialog.py" line="53"/>
        <source>Districts per region, at least</source>
        <translation>권역당 최소 지역 수</translation>
    </message>
    <message>
        <location filename="../../app/widgets/regions_dialog.py" line="54"/>
        <source>Districts per region, at most</source>
        <translation>권역당 최대 지역 수</translation>
    </message>
    <message>
        <location filename="../../app/widgets/regions_dialog.py" line="55"/>
        <source>Maximise</source>
        <translation>최대화 대상</translation>
    </message>
    <message>
        <location filename="../../app/widgets/regions_dialog.py" line="56"/>
        <source>Largest area of a region</source>
        <translation>권역 최대 면적</translation>
    </message>
    <message>
        <location filename="../../app/widgets/regions_dialog.py" line="57"/>
        <source>Largest extent (centroid distance)</source>
        <translation>최대 범위 (중심점 거리)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/regions_dialog.py" line="58"/>
        <source>Smallest distance between regions</source>
        <translation>권역 간 최소 거리</translation>
    </message>
    <message>
        <location filename="../../app/widgets/regions_dialog.py" line="62"/>
        <source>Find regions</source>
        <translation>권역 찾기</translation>
    </message>
    <message>
        <location filename="../../app/widgets/regions_dialog.py" line="97"/>
        <source>No regions: %1</source>
        <translation>권역 없음: %1</translation>
    </message>
    <message>
        <location filename="../../app/widgets/regions_dialog.py" line="100"/>
        <source>Objective %1 (%2)</source>
        <translation>목적값 %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/regions_dialog.py" line="101"/>
        <source>optimal</source>
        <translation>최적해</translation>
    </message>
    <message>
        <location filename="../../app/widgets/regions_dialog.py" line="101"/>
        <source>heuristic</source>
        <translation>휴리스틱</translation>
    </message>
    <message>
        <location filename="../../app/widgets/regions_dialog.py" line="107"/>
        <source>Region %1</source>
        <translation>권역 %1</translation>
    </message>
    <message>
        <location filename="../../app/widgets/regions_dialog.py" line="108"/>
        <source>not in a region</source>
        <translation>권역 아님</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../app/widgets/results_panel.py" line="161"/>
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <location filename="../../app/widgets/results_panel.py" line="161"/>
        <source>District</source>
        <translation>지역</translation>
    </message>
    <message>
        <location filename="../../app/widgets/results_panel.py" line="161"/>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <location filename="../../app/widgets/results_panel.py" line="161"/>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <location filename="../../app/widgets/results_panel.py" line="162"/>
        <source>Excluded</source>
        <translation>제외 사유</translation>
    </message>
    <message>
        <location filename="../../app/widgets/results_panel.py" line="92"/>
        <source>The score combines data of these years:</source>
        <translation>점수는 다음 연도의 자료를 합친 것입니다:</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../app/widgets/results_panel.py" line="308"/>
        <source>Filter by name or code (e.g. 세종, 강원)…</source>
        <translation>이름이나 코드로 찾기 (예: 세종, 강원)…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/results_panel.py" line="341"/>
        <source>Ranking</source>
        <translation>순위</translation>
    </message>
    <message>
        <location filename="../../app/widgets/results_panel.py" line="345"/>
        <source>Sensitivity</source>
        <translation>민감도</translation>
    </message>
    <message>
        <location filename="../../app/widgets/results_panel.py" line="362"/>
        <source>No result.</source>
        <translation>결과 없음.</translation>
    </message>
    <message>
        <location filename="../../app/widgets/results_panel.py" line="371"/>
        <source>%1 districts scored, %2 excluded · method %3</source>
        <translation>%1개 지역 평가, %2개 제외 · 방법 %3</translation>
    </message>
    <message>
        <location filename="../../app/widgets/results_panel.py" line="375"/>
        <source>Notes:</source>
        <translation>알림:</translation>
    </message>
</context>
<context>
    <name>ScenarioManager</name>
    <message>
        <location filename="../../app/widgets/scenario_manager.py" line="52"/>
        <source>Scenarios</source>
        <translation>시나리오</translation>
    </message>
    <message>
        <location filename="../../app/widgets/scenario_manager.py" line="54"/>
        <source>Scenarios of this project (the active one is in bold):</source>
        <translation>이 프로젝트의 시나리오 (굵은 글씨가 현재 시나리오):</translation>
    </message>
    <message>
        <location filename="../../app/widgets/scenario_manager.py" line="60"/>
        <source>New…</source>
        <translation>새로 만들기…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/scenario_manager.py" line="62"/>
        <source>Duplicate</source>
        <translation>복제</translation>
    </message>
    <message>
        <location filename="../../app/widgets/scenario_manager.py" line="64"/>
        <source>Rename…</source>
        <translation>이름 바꾸기…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/scenario_manager.py" line="66"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../app/widgets/scenario_manager.py" line="68"/>
        <source>Make active</source>
        <translation>현재 시나리오로</translation>
    </message>
    <message>
        <location filename="../../app/widgets/scenario_manager.py" line="95"/>
        <source>%1 — %2, %3 criteria</source>
        <translation>%1 — %2, 기준 %3개</translation>
    </message>
    <message>
        <location filename="../../app/widgets/scenario_manager.py" line="159"/>
        <source>A project keeps at least one scenario.</source>
        <translation>프로젝트에는 시나리오가 하나 이상 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../app/widgets/scenario_manager.py" line="174"/>
        <source>Empty scenario</source>
        <translation>빈 시나리오</translation>
    </message>
    <message>
        <location filename="../../app/widgets/scenario_manager.py" line="177"/>
        <source>From preset: %1</source>
        <translation>프리셋에서: %1</translation>
    </message>
    <message>
        <location filename="../../app/widgets/scenario_manager.py" line="179"/>
        <location filename="../../app/widgets/scenario_manager.py" line="183"/>
        <location filename="../../app/widgets/scenario_manager.py" line="184"/>
        <source>New scenario</source>
        <translation>새 시나리오</translation>
    </message>
    <message>
        <location filename="../../app/widgets/scenario_manager.py" line="179"/>
        <source>Start from:</source>
        <translation>시작:</translation>
    </message>
    <message>
        <location filename="../../app/widgets/scenario_manager.py" line="183"/>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <location filename="../../app/widgets/scenario_manager.py" line="192"/>
        <source>Rename scenario</source>
        <translation>시나리오 이름 바꾸기</translation>
    </message>
    <message>
        <location filename="../../app/widgets/scenario_manager.py" line="192"/>
        <source>New name:</source>
        <translation>새 이름:</translation>
    </message>
    <message>
        <location filename="../../app/widgets/scenario_manager.py" line="200"/>
        <source>Delete scenario</source>
        <translation>시나리오 삭제</translation>
    </message>
    <message>
        <location filename="../../app/widgets/scenario_manager.py" line="201"/>
        <source>Delete the scenario “%1”? (Edit &gt; Undo brings it back.)</source>
        <translation>시나리오 “%1”을(를) 삭제할까요? (편집 &gt; 실행 취소로 되돌릴 수 있습니다.)</translation>
    </message>
</context>
<context>
    <name>SensitivityChart</name>
    <message>
        <location filename="../../app/widgets/sensitivity_view.py" line="59"/>
        <source>Run the analysis to see how stable the ranking is
when the weights vary.</source>
        <translation>분석을 실행하면 가중치가 바뀔 때
순위가 얼마나 안정적인지 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../app/widgets/sensitivity_view.py" line="69"/>
        <source>P(top %1)</source>
        <translation>상위 %1 확률</translation>
    </message>
    <message>
        <location filename="../../app/widgets/sensitivity_view.py" line="70"/>
        <source>rank 5–95 %</source>
        <translation>순위 5–95 %</translation>
    </message>
</context>
<context>
    <name>SensitivityView</name>
    <message>
        <location filename="../../app/widgets/sensitivity_view.py" line="114"/>
        <source>Runs</source>
        <translation>반복 횟수</translation>
    </message>
    <message>
        <location filename="../../app/widgets/sensitivity_view.py" line="120"/>
        <source>Concentration</source>
        <translation>집중도</translation>
    </message>
    <message>
        <location filename="../../app/widgets/sensitivity_view.py" line="121"/>
        <source>Dirichlet concentration of the weight draws: 10 = weights vary a lot, 200 = a little</source>
        <translation>가중치 추출의 디리클레 집중도: 10 = 가중치가 크게 변함, 200 = 조금 변함</translation>
    </message>
    <message>
        <location filename="../../app/widgets/sensitivity_view.py" line="131"/>
        <source>Top k</source>
        <translation>상위 k</translation>
    </message>
    <message>
        <location filename="../../app/widgets/sensitivity_view.py" line="139"/>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <location filename="../../app/widgets/sensitivity_view.py" line="141"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../app/widgets/sensitivity_view.py" line="147"/>
        <source>One at a time</source>
        <translation>하나씩 바꾸기</translation>
    </message>
    <message>
        <location filename="../../app/widgets/sensitivity_view.py" line="148"/>
        <source>Sweep each weight from 0 to 100 % (the others rescaled) and show the range over which the top k stays the same</source>
        <translation>가중치를 하나씩 0에서 100 %까지 바꾸고(나머지는 비율 유지) 상위 k가 그대로인 범위를 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../app/widgets/sensitivity_view.py" line="168"/>
        <location filename="../../app/widgets/sensitivity_view.py" line="201"/>
        <source>Score the project first.</source>
        <translation>먼저 프로젝트를 평가하세요.</translation>
    </message>
    <message>
        <location filename="../../app/widgets/sensitivity_view.py" line="189"/>
        <location filename="../../app/widgets/sensitivity_view.py" line="230"/>
        <source>Running…</source>
        <translation>실행 중…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/sensitivity_view.py" line="216"/>
        <source>One at a time (21 steps per weight, others rescaled): weight range keeping the same top %1</source>
        <translation>하나씩 바꾸기 (가중치마다 21단계, 나머지 비율 유지): 상위 %1이(가) 그대로인 가중치 범위</translation>
    </message>
    <message>
        <location filename="../../app/widgets/sensitivity_view.py" line="219"/>
        <source>%1: %2 % now, top %3 unchanged from %4 % to %5 %</source>
        <translation>%1: 현재 %2 %, %4 %에서 %5 %까지 상위 %3 변화 없음</translation>
    </message>
    <message>
        <location filename="../../app/widgets/sensitivity_view.py" line="247"/>
        <source>Cancelled.</source>
        <translation>취소했습니다.</translation>
    </message>
    <message>
        <location filename="../../app/widgets/sensitivity_view.py" line="251"/>
        <source>Sensitivity analysis failed: %1</source>
        <translation>민감도 분석 실패: %1</translation>
    </message>
    <message>
        <location filename="../../app/widgets/sensitivity_view.py" line="259"/>
        <source>%1 weight sets evaluated.</source>
        <translation>가중치 조합 %1개를 평가했습니다.</translation>
    </message>
</context>
<context>
    <name>TransformChart</name>
    <message>
        <location filename="../../app/widgets/transform_chart.py" line="74"/>
        <source>No data</source>
        <translation>자료 없음</translation>
    </message>
</context>
<context>
    <name>ZonalDialog</name>
    <message>
        <location filename="../../app/widgets/zonal_dialog.py" line="78"/>
        <source>Zonal statistics</source>
        <translation>구역 통계</translation>
    </message>
    <message>
        <location filename="../../app/widgets/zonal_dialog.py" line="83"/>
        <source>Summarise a raster (e.g. land cover) over each district. The results become indicators named &lt;i&gt;prefix&lt;/i&gt;_&lt;i&gt;statistic&lt;/i&gt; for the criteria and the map.</source>
        <translation>래스터(예: 토지피복)를 구역마다 요약합니다. 결과는 &lt;i&gt;접두어&lt;/i&gt;_&lt;i&gt;통계&lt;/i&gt; 이름의 지표가 되어 기준과 지도에 쓰입니다.</translation>
    </message>
    <message>
        <location filename="../../app/widgets/zonal_dialog.py" line="92"/>
        <source>Add from file…</source>
        <translation>파일에서 추가…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/zonal_dialog.py" line="95"/>
        <source>Raster layer</source>
        <translation>래스터 레이어</translation>
    </message>
    <message>
        <location filename="../../app/widgets/zonal_dialog.py" line="97"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../app/widgets/zonal_dialog.py" line="109"/>
        <source>Statistics</source>
        <translation>통계</translation>
    </message>
    <message>
        <location filename="../../app/widgets/zonal_dialog.py" line="114"/>
        <source>Column prefix</source>
        <translation>열 접두어</translation>
    </message>
    <message>
        <location filename="../../app/widgets/zonal_dialog.py" line="116"/>
        <source>Legend classes (one fraction column per class):</source>
        <translation>범례 분류 (분류마다 비율 열 하나):</translation>
    </message>
    <message>
        <location filename="../../app/widgets/zonal_dialog.py" line="126"/>
        <source>Remove statistics</source>
        <translation>통계 제거</translation>
    </message>
    <message>
        <location filename="../../app/widgets/zonal_dialog.py" line="162"/>
        <source>Add raster layer</source>
        <translation>래스터 레이어 추가</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/zonal_dialog.py" line="166"/>
        <source>Rasters</source>
        <translation>래스터</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/zonal_dialog.py" line="166"/>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/zonal_dialog.py" line="208"/>
        <source>categorical (classes)</source>
        <translation>분류형 (클래스)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/zonal_dialog.py" line="208"/>
        <source>continuous values</source>
        <translation>연속값</translation>
    </message>
    <message>
        <location filename="../../app/widgets/zonal_dialog.py" line="66"/>
        <source>The project has no raster layer: add one from a file.</source>
        <extracomment>Statistics offered, with Korean / English labels; ``categorical``: only for class rasters. Messages the dialog may show (tests assert which one). Marked with QT_TRANSLATE_NOOP so lupdate keeps them in the .ts; translated where shown.</extracomment>
        <translation>프로젝트에 래스터 레이어가 없습니다. 파일에서 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../app/widgets/zonal_dialog.py" line="67"/>
        <source>Choose at least one statistic.</source>
        <translation>통계를 하나 이상 고르세요.</translation>
    </message>
    <message>
        <location filename="../../app/widgets/zonal_dialog.py" line="68"/>
        <source>The prefix must start with a letter and hold only letters, digits and &apos;_&apos; (e.g. lc).</source>
        <translation>접두어는 영문자로 시작하고 영문자, 숫자, &apos;_&apos;만 쓸 수 있습니다 (예: lc).</translation>
    </message>
    <message>
        <location filename="../../app/widgets/zonal_dialog.py" line="69"/>
        <source>Layer &apos;%1&apos; already uses the prefix &apos;%2&apos;.</source>
        <translation>레이어 &apos;%1&apos;이(가) 이미 접두어 &apos;%2&apos;을(를) 씁니다.</translation>
    </message>
    <message>
        <location filename="../../app/widgets/zonal_dialog.py" line="70"/>
        <source>Columns starting with &apos;%1_&apos; already exist among the indicators (%2): choose another prefix.</source>
        <translation>&apos;%1_&apos;(으)로 시작하는 지표가 이미 있습니다 (%2). 다른 접두어를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../app/widgets/zonal_dialog.py" line="72"/>
        <source>Cannot read the raster: %1</source>
        <translation>래스터를 읽을 수 없습니다: %1</translation>
    </message>
</context>
</TS>
