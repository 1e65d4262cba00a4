<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AhpEditor</name>
    <message>
        <location filename="../../app/gui/widgets/ahp_editor.py" line="86"/>
        <source>AHP pairwise comparison</source>
        <translation>AHP 쌍대비교</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/ahp_editor.py" line="94"/>
        <source>How much more important is the row criterion than the column criterion? (1 = equal, 3 = moderately, 5 = strongly, 7 = very strongly, 9 = extremely)</source>
        <translation>행 기준이 열 기준보다 얼마나 더 중요합니까? (1 = 같음, 3 = 약간, 5 = 중요, 7 = 매우 중요, 9 = 절대 중요)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/ahp_editor.py" line="102"/>
        <source>Weight</source>
        <translation>가중치</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/ahp_editor.py" line="116"/>
        <source>Import expert matrices…</source>
        <translation>전문가 행렬 가져오기…</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/ahp_editor.py" line="118"/>
        <source>One CSV file per expert, or one XLSX sheet per expert: the criteria in the first column and the header, judgements 1/9 … 9 in the cells.</source>
        <translation>전문가마다 CSV 파일 하나 또는 XLSX 시트 하나: 첫 열과 머리글에 기준, 칸에는 1/9 … 9 판단값.</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/ahp_editor.py" line="122"/>
        <source>AIJ: geometric mean of the judgements</source>
        <translation>AIJ: 판단값의 기하평균</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/ahp_editor.py" line="123"/>
        <source>AIP: geometric mean of the priorities</source>
        <translation>AIP: 가중치의 기하평균</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/ahp_editor.py" line="132"/>
        <source>Apply weights</source>
        <translation>가중치 적용</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/ahp_editor.py" line="168"/>
        <source>Edited by hand: the expert panel&apos;s result no longer applies.</source>
        <translation>직접 수정함: 전문가 집단의 결과는 더 이상 적용되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/ahp_editor.py" line="184"/>
        <source>Cannot compute AHP weights: %1</source>
        <translation>AHP 가중치를 계산할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/ahp_editor.py" line="198"/>
        <source>acceptable (CR ≤ 0.10)</source>
        <translation>일관성 양호 (CR ≤ 0.10)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/ahp_editor.py" line="208"/>
        <source>Change this judgement: “%1” vs “%2” is %3; the other judgements imply about %4. Setting it to %5 gives CR = %6.</source>
        <translation>이 판단을 바꾸세요: “%1” 대 “%2”가 %3인데 다른 판단들로 보면 약 %4입니다. %5(으)로 바꾸면 CR = %6.</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/ahp_editor.py" line="219"/>
        <source>Inconsistent judgements</source>
        <translation>일관성이 없는 판단</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/ahp_editor.py" line="220"/>
        <source>CR = %1 is above 0.10: the judgements contradict each other and the weights may not mean what the experts meant. Apply them anyway?</source>
        <translation>CR = %1이(가) 0.10보다 큽니다. 판단들이 서로 모순되어 가중치가 전문가의 뜻과 다를 수 있습니다. 그래도 적용할까요?</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/ahp_editor.py" line="231"/>
        <source>Import expert matrices</source>
        <translation>전문가 행렬 가져오기</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/ahp_editor.py" line="232"/>
        <source>Matrices (*.csv *.xlsx);;All files (*)</source>
        <translation>행렬 (*.csv *.xlsx);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/ahp_editor.py" line="255"/>
        <source>The matrix&apos;s criteria %1 do not match this scenario&apos;s %2.</source>
        <translation>행렬의 기준 %1이(가) 이 시나리오의 기준 %2과(와) 맞지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/ahp_editor.py" line="281"/>
        <source>%1 experts combined by %2; %3 of them with CR &gt; 0.10.</source>
        <translation>전문가 %1명을 %2 방식으로 종합; 그중 %3명은 CR &gt; 0.10.</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/ahp_editor.py" line="199"/>
        <source>inconsistent: revise the judgements (CR must be &lt; 0.10)</source>
        <translation>일관성 부족: 판단을 고치세요 (CR &lt; 0.10이어야 함)</translation>
    </message>
</context>
<context>
    <name>AppSession</name>
    <message>
        <location filename="../../app/gui/widgets/session.py" line="159"/>
        <source>Loading districts and indicators…</source>
        <extracomment>What the loaded data depend on: (level, CRS, the data layers with their options as :func:`~smartzone.app.core.keys.frozen` values, so equal options hit and unequal ones miss).</extracomment>
        <translation>경계와 지표를 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/session.py" line="299"/>
        <source>No criteria: add at least one indicator in the Criteria panel.</source>
        <translation>기준이 없습니다: 평가 기준 패널에서 지표를 하나 이상 추가하세요.</translation>
    </message>
</context>
<context>
    <name>BreakdownChart</name>
    <message>
        <location filename="../../app/gui/widgets/results_panel.py" line="265"/>
        <source>Select districts on the map or in the table
to see what makes up their score.</source>
        <translation>지도나 표에서 지역을 선택하면
점수 구성을 보여 줍니다.</translation>
    </message>
</context>
<context>
    <name>CategoryChart</name>
    <message>
        <location filename="../../app/gui/widgets/plan_panel.py" line="95"/>
        <source>Share of plan cost</source>
        <translation>계획 사업비 비중</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/plan_panel.py" line="100"/>
        <source>climate + digital</source>
        <translation>기후 + 디지털</translation>
    </message>
</context>
<context>
    <name>Classify</name>
    <message>
        <location filename="../../app/core/classify.py" line="21"/>
        <source>Quantiles</source>
        <translation>분위수</translation>
    </message>
    <message>
        <location filename="../../app/core/classify.py" line="22"/>
        <source>Natural breaks (Fisher-Jenks)</source>
        <translation>자연 구분 (Fisher-Jenks)</translation>
    </message>
    <message>
        <location filename="../../app/core/classify.py" line="23"/>
        <source>Equal interval</source>
        <translation>등간격</translation>
    </message>
    <message>
        <location filename="../../app/core/classify.py" line="24"/>
        <source>Standard deviation</source>
        <translation>표준편차</translation>
    </message>
    <message>
        <location filename="../../app/core/classify.py" line="44"/>
        <source>Purple to yellow (viridis)</source>
        <extracomment>How the style controls name each ramp (English, worded from the .ts, context ``Classify``): its colours, then its id.</extracomment>
        <translation>보라→노랑 (viridis)</translation>
    </message>
    <message>
        <location filename="../../app/core/classify.py" line="45"/>
        <source>Navy to yellow, colour-blind safe (cividis)</source>
        <translation>남색→노랑, 색각이상 친화 (cividis)</translation>
    </message>
    <message>
        <location filename="../../app/core/classify.py" line="46"/>
        <source>Yellow, green, blue</source>
        <translation>노랑→초록→파랑</translation>
    </message>
    <message>
        <location filename="../../app/core/classify.py" line="47"/>
        <source>Yellow, orange, red</source>
        <translation>노랑→주황→빨강</translation>
    </message>
    <message>
        <location filename="../../app/core/classify.py" line="48"/>
        <source>Brown to purple, diverging</source>
        <translation>갈색↔보라, 양방향</translation>
    </message>
</context>
<context>
    <name>CompareCanvas</name>
    <message>
        <location filename="../../app/gui/widgets/compare_view.py" line="267"/>
        <source>No data / excluded</source>
        <translation>자료 없음 / 제외</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../app/gui/widgets/compare_view.py" line="403"/>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/compare_view.py" line="403"/>
        <source>District</source>
        <translation>지역명</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/compare_view.py" line="404"/>
        <source>Rank A</source>
        <translation>순위 A</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/compare_view.py" line="404"/>
        <source>Rank B</source>
        <translation>순위 B</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/compare_view.py" line="405"/>
        <source>Top %1</source>
        <translation>상위 %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/compare_view.py" line="406"/>
        <source>Rank change: rank in B − rank in A (negative = higher in B)</source>
        <translation>순위 변화: B 순위 − A 순위 (음수 = B에서 상승)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/compare_view.py" line="408"/>
        <source>In the top %1 of A only, of B only, or of both</source>
        <translation>A에서만, B에서만 또는 둘 다 상위 %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/compare_view.py" line="440"/>
        <source>A only</source>
        <translation>A만</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/compare_view.py" line="441"/>
        <source>B only</source>
        <translation>B만</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/compare_view.py" line="442"/>
        <source>both</source>
        <translation>공통</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/compare_view.py" line="527"/>
        <location filename="../../app/gui/widgets/compare_view.py" line="587"/>
        <source>Rank change</source>
        <translation>순위 변화</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/compare_view.py" line="570"/>
        <source>Swap A and B</source>
        <translation>A와 B 바꾸기</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/compare_view.py" line="576"/>
        <source>Scenario A</source>
        <translation>시나리오 A</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/compare_view.py" line="579"/>
        <source>Scenario B</source>
        <translation>시나리오 B</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/compare_view.py" line="582"/>
        <source>Top</source>
        <translation>상위</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/compare_view.py" line="587"/>
        <source>Side by side</source>
        <translation>나란히 보기</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/compare_view.py" line="587"/>
        <source>Swipe</source>
        <translation>스와이프</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/compare_view.py" line="599"/>
        <source>Full extent</source>
        <translation>전체 보기</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/compare_view.py" line="608"/>
        <location filename="../../app/gui/widgets/compare_view.py" line="929"/>
        <location filename="../../app/gui/widgets/compare_view.py" line="930"/>
        <source>Rank change B − A</source>
        <translation>순위 변화 B − A</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/compare_view.py" line="611"/>
        <source>Choose two scenarios to compare.</source>
        <translation>비교할 시나리오 두 개를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/compare_view.py" line="837"/>
        <source>Scoring %1 and %2…</source>
        <extracomment>Below this width (pixels) the tools go to a second row and the table below the maps.</extracomment>
        <translation>%1, %2 점수 계산 중…</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/compare_view.py" line="883"/>
        <source>Comparison failed: %1</source>
        <translation>비교 실패: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/compare_view.py" line="917"/>
        <source>top %1–%2%</source>
        <translation>상위 %1–%2%</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/compare_view.py" line="918"/>
        <source>Score class</source>
        <translation>점수 등급</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/compare_view.py" line="927"/>
        <source>no change</source>
        <translation>변화 없음</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/compare_view.py" line="927"/>
        <source>higher in B</source>
        <translation>B에서 상승</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/compare_view.py" line="928"/>
        <source>lower in B</source>
        <translation>B에서 하락</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/compare_view.py" line="989"/>
        <source>Districts ranked in both: %1</source>
        <translation>두 시나리오 모두에서 순위가 매겨진 지역: %1곳</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/compare_view.py" line="990"/>
        <source>Top-%1 overlap</source>
        <translation>상위 %1 겹침</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/compare_view.py" line="991"/>
        <source>in the top %1 of A only (solid outline)</source>
        <translation>A의 상위 %1에만 있음 (실선 테두리)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/compare_view.py" line="992"/>
        <source>in the top %1 of B only (dashed outline)</source>
        <translation>B의 상위 %1에만 있음 (점선 테두리)</translation>
    </message>
</context>
<context>
    <name>ConstraintEditor</name>
    <message>
        <location filename="../../app/gui/widgets/constraint_editor.py" line="145"/>
        <source>Rule</source>
        <extracomment>Operator id (as stored in :class:`Constraint`) and how it is shown.</extracomment>
        <translation>조건</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/constraint_editor.py" line="145"/>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/constraint_editor.py" line="145"/>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/constraint_editor.py" line="146"/>
        <source>Excluded</source>
        <translation>제외</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/constraint_editor.py" line="149"/>
        <source>Districts this constraint excludes in the loaded data</source>
        <translation>불러온 자료에서 이 제약 조건으로 제외되는 지역 수</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/constraint_editor.py" line="162"/>
        <source>Add constraint</source>
        <translation>제약 조건 추가</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/constraint_editor.py" line="163"/>
        <source>Exclude the districts where this indicator crosses a threshold</source>
        <translation>이 지표가 기준값을 넘거나 밑도는 지역을 제외합니다</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/constraint_editor.py" line="165"/>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/constraint_editor.py" line="295"/>
        <source>reason shown in the results</source>
        <translation>결과에 표시할 사유</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/constraint_editor.py" line="364"/>
        <source>Unit: %1</source>
        <translation>단위: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/constraint_editor.py" line="366"/>
        <location filename="../../app/gui/widgets/constraint_editor.py" line="394"/>
        <source>Data still loading.</source>
        <translation>자료를 불러오는 중입니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/constraint_editor.py" line="368"/>
        <source>No values in the data.</source>
        <translation>자료에 값이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/constraint_editor.py" line="370"/>
        <source>Data range: %1 – %2</source>
        <translation>자료 범위: %1 – %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/constraint_editor.py" line="379"/>
        <source>Select a criterion to edit its constraints.</source>
        <translation>제약 조건을 편집할 기준을 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/constraint_editor.py" line="382"/>
        <source>Districts where “%1” meets a rule below are excluded from the score; the results list the reason.</source>
        <translation>“%1” 값이 아래 조건에 해당하는 지역은 평가에서 제외되고, 결과표에 그 사유가 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/constraint_editor.py" line="389"/>
        <source>No constraints: no district is excluded by this criterion.</source>
        <translation>제약 조건 없음: 이 기준으로 제외되는 지역이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/constraint_editor.py" line="393"/>
        <source>Select a constraint to see how many districts it excludes.</source>
        <translation>제약 조건을 선택하면 제외되는 지역 수를 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/constraint_editor.py" line="396"/>
        <source>%1 districts excluded by this constraint</source>
        <translation>이 제약 조건으로 %1개 지역 제외</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/constraint_editor.py" line="401"/>
        <source>%1 by all constraints of this criterion</source>
        <translation>이 기준의 모든 제약 조건으로 %1개</translation>
    </message>
</context>
<context>
    <name>CriteriaPanel</name>
    <message>
        <location filename="../../app/gui/widgets/criteria_panel.py" line="259"/>
        <source>Data of %1</source>
        <translation>%1년 자료</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/criteria_panel.py" line="96"/>
        <source>Scenario</source>
        <translation>시나리오</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/criteria_panel.py" line="99"/>
        <location filename="../../app/gui/widgets/criteria_panel.py" line="155"/>
        <source>Method</source>
        <translation>방법</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/criteria_panel.py" line="101"/>
        <source>Method parameters</source>
        <translation>방법 매개변수</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/criteria_panel.py" line="109"/>
        <source>Criterion</source>
        <translation>기준</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/criteria_panel.py" line="109"/>
        <source>Direction</source>
        <translation>방향</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/criteria_panel.py" line="110"/>
        <source>Weight</source>
        <translation>가중치</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/criteria_panel.py" line="123"/>
        <source>Add criterion</source>
        <translation>기준 추가</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/criteria_panel.py" line="127"/>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/criteria_panel.py" line="129"/>
        <source>AHP…</source>
        <translation>AHP…</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/criteria_panel.py" line="130"/>
        <source>Derive the weights from pairwise comparisons</source>
        <translation>쌍대비교로 가중치 산정</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/criteria_panel.py" line="132"/>
        <source>Equal weights</source>
        <translation>동일 가중치</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/criteria_panel.py" line="134"/>
        <source>Weights from…</source>
        <translation>가중치 산정…</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/criteria_panel.py" line="136"/>
        <source>Entropy of the data</source>
        <translation>자료의 엔트로피</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/criteria_panel.py" line="136"/>
        <source>CRITIC (contrast and conflict)</source>
        <translation>CRITIC (대비와 상충)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/criteria_panel.py" line="137"/>
        <source>Rank order centroid (list order = importance)</source>
        <translation>순위 중심법 ROC (목록 순서 = 중요도)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/criteria_panel.py" line="138"/>
        <source>Rank sum (list order = importance)</source>
        <translation>순위 합법 (목록 순서 = 중요도)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/criteria_panel.py" line="139"/>
        <source>Rank reciprocal (list order = importance)</source>
        <translation>순위 역수법 (목록 순서 = 중요도)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/criteria_panel.py" line="169"/>
        <source>Standardisation</source>
        <translation>표준화</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/criteria_panel.py" line="157"/>
        <source>impute median</source>
        <translation>중앙값 대체</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/criteria_panel.py" line="92"/>
        <source>Manage…</source>
        <translation>관리…</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/criteria_panel.py" line="93"/>
        <source>New, duplicate, rename or delete scenarios</source>
        <translation>시나리오 새로 만들기, 복제, 이름 바꾸기, 삭제</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/criteria_panel.py" line="157"/>
        <source>score 0</source>
        <translation>0점 처리</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/criteria_panel.py" line="158"/>
        <source>exclude district</source>
        <translation>지역 제외</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/criteria_panel.py" line="161"/>
        <source>Missing values</source>
        <translation>결측값</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/criteria_panel.py" line="264"/>
        <location filename="../../app/gui/widgets/criteria_panel.py" line="297"/>
        <source>benefit ↑</source>
        <translation>편익 ↑</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/criteria_panel.py" line="265"/>
        <location filename="../../app/gui/widgets/criteria_panel.py" line="298"/>
        <source>cost ↓</source>
        <translation>비용 ↓</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/criteria_panel.py" line="359"/>
        <location filename="../../app/gui/widgets/criteria_panel.py" line="370"/>
        <source>Weights</source>
        <translation>가중치</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/criteria_panel.py" line="359"/>
        <source>Derived weights need at least two criteria.</source>
        <translation>가중치를 산정하려면 기준이 둘 이상 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/criteria_panel.py" line="370"/>
        <source>Cannot derive the weights: %1</source>
        <translation>가중치를 산정할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/criteria_panel.py" line="395"/>
        <source>AHP</source>
        <translation>AHP</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/criteria_panel.py" line="395"/>
        <source>AHP needs at least two criteria.</source>
        <translation>AHP에는 기준이 두 개 이상 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/criteria_panel.py" line="427"/>
        <source>(data still loading)</source>
        <translation>(자료를 불러오는 중)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/criteria_panel.py" line="449"/>
        <location filename="../../app/gui/widgets/criteria_panel.py" line="518"/>
        <source>Cannot apply</source>
        <translation>적용할 수 없음</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/criteria_panel.py" line="172"/>
        <location filename="../../app/gui/widgets/criteria_panel.py" line="506"/>
        <source>Constraints</source>
        <translation>제약 조건</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/criteria_panel.py" line="258"/>
        <source>Column %1 of the indicator table</source>
        <translation>지표 표의 %1 열</translation>
    </message>
</context>
<context>
    <name>ErrorWords</name>
    <message>
        <location filename="../../app/drawing/error_words.py" line="96"/>
        <source>The file cannot be read. Check that it is complete and in a supported format (Shapefile, GeoPackage, GeoJSON, FlatGeobuf, CSV, XLSX, GeoTIFF).</source>
        <translation>파일을 읽을 수 없습니다. 파일이 온전한지, 지원하는 형식(Shapefile, GeoPackage, GeoJSON, FlatGeobuf, CSV, XLSX, GeoTIFF)인지 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="98"/>
        <source>Coordinate system (CRS) problem. Check the layer&apos;s CRS (its .prj file) or choose it in the layer&apos;s properties.</source>
        <translation>좌표계(CRS) 문제입니다. 레이어의 좌표계(.prj 파일)를 확인하거나 레이어 속성에서 좌표계를 지정하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="100"/>
        <source>The text encoding of the file is not recognised. Save it as UTF-8 or give its encoding (CP949 or UTF-8).</source>
        <translation>파일의 문자 인코딩을 알 수 없습니다. UTF-8로 다시 저장하거나 인코딩(CP949 또는 UTF-8)을 지정하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="102"/>
        <source>A required field is missing or malformed. Check the file&apos;s fields.</source>
        <translation>필요한 필드가 없거나 형식이 맞지 않습니다. 파일의 필드를 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="103"/>
        <source>The indicator table cannot be joined to the districts. Check its admin codes and level.</source>
        <translation>지표 표를 지역 경계와 연결할 수 없습니다. 행정코드와 행정 단위를 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="105"/>
        <source>Zonal statistics could not be computed. Check the raster and the districts.</source>
        <translation>구역 통계를 계산할 수 없습니다. 래스터와 지역 경계를 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="107"/>
        <source>The export could not be written. Check the folder and the free space; files already there were not changed.</source>
        <translation>내보내기 파일을 쓰지 못했습니다. 폴더와 남은 디스크 공간을 확인하세요. 기존 파일은 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="109"/>
        <source>This path cannot be used: choose a local data file.</source>
        <translation>이 경로는 사용할 수 없습니다. 이 컴퓨터에 있는 데이터 파일을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="110"/>
        <source>A parameter is out of range or of the wrong type.</source>
        <translation>매개변수가 허용 범위를 벗어났거나 형식이 맞지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="111"/>
        <source>The criteria do not match the data. Check the scenario&apos;s criteria and weights.</source>
        <translation>평가 기준이 데이터와 맞지 않습니다. 시나리오의 기준과 가중치를 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="113"/>
        <source>A scoring plug-in failed.</source>
        <translation>평가 플러그인이 실패했습니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="114"/>
        <source>An input is malformed.</source>
        <translation>입력 형식이 잘못되었습니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="115"/>
        <source>Scoring failed.</source>
        <translation>평가에 실패했습니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="116"/>
        <source>A layer could not be read or written.</source>
        <translation>레이어를 읽거나 쓰지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="117"/>
        <source>The project file cannot be read. Check that it is a complete SmartZone project (.smartzone.json).</source>
        <translation>프로젝트 파일을 읽을 수 없습니다. 온전한 SmartZone 프로젝트(.smartzone.json)인지 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="119"/>
        <source>The candidate map cannot be imported. Check its district codes and its score or rank field.</source>
        <translation>후보지 지도를 가져올 수 없습니다. 지역 코드와 점수 또는 순위 필드를 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="121"/>
        <source>The preset cannot be used. Check its criteria and weights.</source>
        <translation>프리셋을 쓸 수 없습니다. 기준과 가중치를 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="122"/>
        <source>The plan&apos;s catalogue or rules are not valid. Check the solution catalogue and the rules.</source>
        <translation>배치 계획의 솔루션 목록이나 규칙이 올바르지 않습니다. 솔루션 목록과 규칙을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="124"/>
        <source>The project&apos;s settings are not valid.</source>
        <translation>프로젝트 설정이 올바르지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="127"/>
        <source>SmartZone could not do this.</source>
        <translation>SmartZone이 이 작업을 하지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="128"/>
        <source>Original message: %1</source>
        <translation>원문: %1</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="141"/>
        <source>File %1 not found. Check the path and the file name, or copy the file back.</source>
        <translation>파일 %1을(를) 찾을 수 없습니다. 경로와 파일 이름을 확인하거나 파일을 다시 복사해 두세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="143"/>
        <source>%1 is a folder without a Shapefile. Choose a .shp, .gpkg, .geojson or .fgb file.</source>
        <translation>%1은(는) Shapefile이 없는 폴더입니다. .shp, .gpkg, .geojson 또는 .fgb 파일을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="145"/>
        <source>%1 is a folder, not an indicator table. Choose a CSV or XLSX file.</source>
        <translation>%1은(는) 지표 표가 아니라 폴더입니다. CSV 또는 XLSX 파일을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="147"/>
        <source>The Shapefile %1 has no .dbf attribute file beside it. Copy all its parts (.shp, .shx, .dbf, .prj, .cpg) into the same folder.</source>
        <translation>Shapefile %1 옆에 속성 파일(.dbf)이 없습니다. 모든 구성 파일(.shp, .shx, .dbf, .prj, .cpg)을 같은 폴더에 복사하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="150"/>
        <source>%1 has no layer &apos;%2&apos;. Layers in the file: %3. Choose one of them.</source>
        <translation>%1에 &apos;%2&apos; 레이어가 없습니다. 파일의 레이어: %3. 이 중 하나를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="152"/>
        <source>%1 cannot be read as a vector layer (%2). Supported: Shapefile, GeoPackage, GeoJSON, FlatGeobuf; check that the file is complete.</source>
        <translation>%1을(를) 벡터 레이어로 읽을 수 없습니다 (%2). 지원 형식은 Shapefile, GeoPackage, GeoJSON, FlatGeobuf입니다. 파일이 온전한지 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="155"/>
        <source>The features of %1 (layer &apos;%2&apos;) cannot be read (%3). Check that the file is complete or export it again.</source>
        <translation>%1 (레이어 &apos;%2&apos;)의 객체를 읽을 수 없습니다 (%3). 파일이 온전한지 확인하거나 다시 내보내세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="161"/>
        <source>%1 has a polygon ring that is not closed (its last point is not its first). Repair it in QGIS (Fix Geometries) or the program that made it, and open it again.</source>
        <translation>%1에 닫히지 않은 폴리곤 고리가 있습니다(마지막 점이 첫 점과 다릅니다). QGIS(도형 수정, Fix Geometries)나 만든 프로그램에서 고친 뒤 다시 여세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="161"/>
        <source>%1 has NaN or infinite coordinates. Repair it in QGIS (Fix Geometries) or the program that made it, and open it again.</source>
        <translation>%1에 NaN이나 무한대 좌표가 있습니다. QGIS(도형 수정, Fix Geometries)나 만든 프로그램에서 고친 뒤 다시 여세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="161"/>
        <source>The coordinate system of %1 cannot be transformed (a local grid or an unknown datum). Reproject it in QGIS to EPSG:5179 or EPSG:5186, or choose the coordinate system it really uses.</source>
        <translation>%1의 좌표계는 변환할 수 없습니다(지역 좌표 격자이거나 알 수 없는 측지 기준). QGIS에서 EPSG:5179나 EPSG:5186으로 다시 투영하거나, 실제로 쓰는 좌표계를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="161"/>
        <source>The coordinate system of %1 is not understood by PROJ. Fix or remove its .prj and choose the coordinate system.</source>
        <translation>%1의 좌표계를 PROJ가 이해하지 못합니다. .prj 파일을 고치거나 지우고 좌표계를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="161"/>
        <source>%1 is not an Excel workbook. Open it in Excel or LibreOffice and save it again as .xlsx, or export the table as CSV.</source>
        <translation>%1은(는) Excel 통합 문서가 아닙니다. Excel이나 LibreOffice에서 열어 .xlsx로 다시 저장하거나 표를 CSV로 내보내세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="161"/>
        <source>%1 has a cell longer than 131,072 characters, so it is not an indicator table; check the file (a stray quote character can join many lines into one cell).</source>
        <translation>%1에 131,072자보다 긴 칸이 있어 지표 표가 아닙니다. 파일을 확인하세요(짝이 맞지 않는 따옴표 하나가 여러 줄을 한 칸으로 합칠 수 있습니다).</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="161"/>
        <source>%1 contains a NUL byte where text was expected: the file is damaged. Export it again from its source.</source>
        <translation>%1에 글자가 있어야 할 자리에 NUL 바이트가 있습니다: 파일이 손상되었습니다. 원본에서 다시 내보내세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="161"/>
        <source>%1 is too large to process in the available memory. Close other programs or use a smaller area.</source>
        <translation>%1은(는) 남은 메모리로 처리하기에 너무 큽니다. 다른 프로그램을 닫거나 더 작은 지역을 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="161"/>
        <source>%1 could not be written (%2). Check the folder and the free space; files already there were not changed.</source>
        <translation>%1을(를) 쓰지 못했습니다 (%2). 폴더와 남은 디스크 공간을 확인하세요. 기존 파일은 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="161"/>
        <source>%1 could not be read (%2). Check that the file is complete and of a supported format; if it opens elsewhere, please report this.</source>
        <translation>%1을(를) 읽지 못했습니다 (%2). 파일이 온전한지, 지원하는 형식인지 확인하세요. 다른 프로그램에서는 열린다면 알려 주세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="158"/>
        <source>%1 cannot be read (%2). Check that it is not open in another program and that you may read it.</source>
        <translation>%1을(를) 읽을 수 없습니다 (%2). 다른 프로그램에서 열려 있지 않은지, 읽기 권한이 있는지 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="161"/>
        <source>%1 is a folder, not a solution catalogue. Choose a CSV or XLSX file.</source>
        <translation>%1은(는) 솔루션 목록이 아니라 폴더입니다. CSV 또는 XLSX 파일을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="163"/>
        <source>%1 has no header row with the columns id, category and cost in its first 30 rows. Add the header row (see the bundled catalogue).</source>
        <translation>%1의 처음 30행 안에 id, category, cost 열이 있는 머리글 행이 없습니다. 머리글 행을 추가하세요 (기본 목록 참고).</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="166"/>
        <source>Some rows of %1 are not valid: %2. Fix these rows and load the catalogue again.</source>
        <translation>%1의 일부 행이 올바르지 않습니다: %2. 이 행을 고친 뒤 목록을 다시 불러오세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="169"/>
        <source>%1 &apos;%2&apos; is not a number</source>
        <translation>&apos;%1&apos; 값 &apos;%2&apos;은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="171"/>
        <source>cost &apos;%1&apos; must be more than 0 (in 100 million won)</source>
        <translation>비용(cost) &apos;%1&apos;은(는) 0억원보다 커야 합니다</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="172"/>
        <source>%2 &apos;%1&apos; must be more than 0</source>
        <translation>&apos;%2&apos; 값 &apos;%1&apos;은(는) 0보다 커야 합니다</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="174"/>
        <source>%1 &apos;%2&apos; must be a whole number</source>
        <translation>&apos;%1&apos; 값 &apos;%2&apos;은(는) 정수여야 합니다</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="176"/>
        <source>the id is empty</source>
        <translation>id가 비어 있습니다</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="177"/>
        <source>unknown category &apos;%1&apos; (use one of %2)</source>
        <translation>알 수 없는 분야 &apos;%1&apos;입니다 (%2 중 하나를 쓰세요)</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="180"/>
        <source>min_units %1 must be a whole number from 1 to max_units (%2)</source>
        <translation>min_units %1은(는) 1부터 max_units(%2)까지의 정수여야 합니다</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="183"/>
        <source>solution &apos;%1&apos; cannot require or exclude itself</source>
        <translation>솔루션 &apos;%1&apos;은(는) 자기 자신을 requires나 excludes에 넣을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="186"/>
        <source>%1 lists the solution &apos;%2&apos; twice; each id must be unique. Remove or rename one of the rows.</source>
        <translation>%1에 솔루션 &apos;%2&apos;이(가) 두 번 있습니다. id는 하나씩만 있어야 하니 한 행을 지우거나 id를 바꾸세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="189"/>
        <source>In %1 the solution &apos;%2&apos; requires or excludes &apos;%3&apos;, which is not in the catalogue. Add it or correct the id.</source>
        <translation>%1에서 솔루션 &apos;%2&apos;이(가) requires나 excludes에 적은 &apos;%3&apos;은(는) 목록에 없습니다. 그 솔루션을 추가하거나 id를 고치세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="192"/>
        <source>In %1 the solutions &apos;%2&apos; and &apos;%3&apos; exclude each other, so both must have max_units 1. Correct their max_units.</source>
        <translation>%1에서 솔루션 &apos;%2&apos;과(와) &apos;%3&apos;은(는) 서로 배제하므로 둘 다 max_units가 1이어야 합니다. max_units를 고치세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="195"/>
        <source>In %1 the prerequisites form a cycle (%2). Remove one of these requirements.</source>
        <translation>%1의 선행 조건이 순환합니다 (%2). 이 requires 중 하나를 지우세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="197"/>
        <source>%1 has a header but no solution rows.</source>
        <translation>%1에 머리글은 있지만 솔루션 행이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="199"/>
        <source>In the project file %1, %2 must be %3, not %4. Fix it in the file (it is JSON text) or save the project again from SmartZone.</source>
        <translation>프로젝트 파일 %1에서 %2은(는) %3이어야 하는데 %4입니다. 파일(JSON 텍스트)에서 고치거나 SmartZone에서 프로젝트를 다시 저장하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="203"/>
        <source>%1 is not a SmartZone project file (its format is %2). Open a .smartzone.json file that SmartZone saved.</source>
        <translation>%1은(는) SmartZone 프로젝트 파일이 아닙니다 (형식 %2). SmartZone이 저장한 .smartzone.json 파일을 여세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="206"/>
        <source>%1 was saved by a newer SmartZone (schema version %2; this one reads version %3). Update SmartZone to open it.</source>
        <translation>%1은(는) 더 새로운 SmartZone이 저장한 파일입니다 (스키마 버전 %2, 이 SmartZone은 버전 %3을 읽습니다). SmartZone을 업데이트한 뒤 여세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="209"/>
        <source>%1 has schema version %2, which this SmartZone cannot read (it reads version %3).</source>
        <translation>%1의 스키마 버전 %2은(는) 이 SmartZone이 읽을 수 없습니다 (버전 %3을 읽습니다).</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="212"/>
        <source>The project file %1 is not valid (%2). Fix it in the file (it is JSON text) or save the project again from SmartZone.</source>
        <translation>프로젝트 파일 %1이(가) 올바르지 않습니다 (%2). 파일(JSON 텍스트)에서 고치거나 SmartZone에서 프로젝트를 다시 저장하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="215"/>
        <source>In the project file %1, %2 has no &apos;%3&apos;. Add it in the file or save the project again from SmartZone.</source>
        <translation>프로젝트 파일 %1에서 %2에 &apos;%3&apos;이(가) 없습니다. 파일에 추가하거나 SmartZone에서 프로젝트를 다시 저장하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="218"/>
        <source>The project file %1 points at %2, a network or virtual path; SmartZone does not follow those from a project file. If you trust this project, set SMARTZONE_ALLOW_REMOTE=1 and open it again.</source>
        <translation>프로젝트 파일 %1이(가) 네트워크 또는 가상 경로 %2을(를) 가리킵니다. SmartZone은 프로젝트 파일의 이런 경로를 따라가지 않습니다. 믿을 수 있는 프로젝트라면 SMARTZONE_ALLOW_REMOTE=1을 설정하고 다시 여세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="223"/>
        <source>%1 is %2 MB; a project file is a few kB of text. Choose the project file (.smartzone.json).</source>
        <translation>%1의 크기는 %2 MB입니다. 프로젝트 파일은 몇 kB의 텍스트입니다. 프로젝트 파일(.smartzone.json)을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="225"/>
        <source>%1 is not UTF-8 text (byte %2), so it is not a SmartZone project file. Choose the project file (.smartzone.json).</source>
        <translation>%1은(는) UTF-8 텍스트가 아니므로(바이트 %2) SmartZone 프로젝트 파일이 아닙니다. 프로젝트 파일(.smartzone.json)을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="228"/>
        <source>%1 is not valid JSON: %2 at line %3, column %4. Fix it in a text editor or open a copy SmartZone saved.</source>
        <translation>%1은(는) 올바른 JSON이 아닙니다: %3행 %4열 (%2). 텍스트 편집기에서 고치거나 SmartZone이 저장한 사본을 여세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="231"/>
        <source>The project cannot be saved as %1: a value cannot be stored as JSON (%2). This is a bug in SmartZone; please report it with the log file.</source>
        <translation>프로젝트를 %1(으)로 저장할 수 없습니다: JSON으로 저장할 수 없는 값이 있습니다 (%2). SmartZone의 버그입니다. 로그 파일과 함께 알려 주세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="234"/>
        <source>The project cannot be saved as %1 (%2). Check that the folder is writable and the disk is not full; the previous file was not changed.</source>
        <translation>프로젝트를 %1(으)로 저장할 수 없습니다 (%2). 폴더에 쓸 수 있는지, 디스크가 가득 차지 않았는지 확인하세요. 이전 파일은 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="238"/>
        <source>No criteria: add at least one indicator in the Criteria panel.</source>
        <translation>기준이 없습니다: 평가 기준 패널에서 지표를 하나 이상 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="239"/>
        <source>The indicator(s) %1 of the scenario &apos;%2&apos; are not in the indicator data (available: %3). Remove these criteria or add a table or raster layer that provides them.</source>
        <translation>시나리오 &apos;%2&apos;의 지표 %1이(가) 지표 자료에 없습니다 (있는 지표: %3). 이 기준을 빼거나 그 지표가 있는 표나 래스터 레이어를 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="243"/>
        <source>A scenario named &apos;%1&apos; already exists. Choose another name.</source>
        <translation>&apos;%1&apos; 시나리오가 이미 있습니다. 다른 이름을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="245"/>
        <source>A scenario needs a name. Type a name for it.</source>
        <translation>시나리오에는 이름이 필요합니다. 이름을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="246"/>
        <source>There is no scenario &apos;%1&apos;. Scenarios: %2.</source>
        <translation>시나리오 &apos;%1&apos;이(가) 없습니다. 시나리오: %2.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="248"/>
        <source>The project has no scenario. Add a scenario or apply a preset.</source>
        <translation>프로젝트에 시나리오가 없습니다. 시나리오를 추가하거나 프리셋을 적용하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="249"/>
        <source>Choose a scoring method for the scenario.</source>
        <translation>시나리오의 평가 방법을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="250"/>
        <source>The scenario &apos;%1&apos; already has the criterion &apos;%2&apos;. Change that criterion instead of adding it again.</source>
        <translation>시나리오 &apos;%1&apos;에 기준 &apos;%2&apos;이(가) 이미 있습니다. 다시 추가하지 말고 그 기준을 바꾸세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="253"/>
        <source>The scenario &apos;%1&apos; has no criterion &apos;%2&apos;. Its criteria: %3.</source>
        <translation>시나리오 &apos;%1&apos;에 기준 &apos;%2&apos;이(가) 없습니다. 기준: %3.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="255"/>
        <source>The weight of &apos;%1&apos; must be a number of 0 or more, not %2.</source>
        <translation>&apos;%1&apos;의 가중치는 0 이상의 수여야 하는데 %2입니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="257"/>
        <source>The layer &apos;%1&apos; is of kind &apos;%2&apos;; a layer is one of %3.</source>
        <translation>레이어 &apos;%1&apos;의 종류 &apos;%2&apos;은(는) 쓸 수 없습니다. 레이어 종류는 %3 중 하나입니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="259"/>
        <source>The opacity of the layer &apos;%1&apos; must be between 0 and 1, not %2.</source>
        <translation>레이어 &apos;%1&apos;의 불투명도는 0과 1 사이여야 하는데 %2입니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="261"/>
        <source>The project already has a layer with the id &apos;%1&apos;. Give the new layer another id.</source>
        <translation>프로젝트에 id가 &apos;%1&apos;인 레이어가 이미 있습니다. 새 레이어에 다른 id를 주세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="263"/>
        <source>The project has no layer &apos;%1&apos;. Layers: %2.</source>
        <translation>프로젝트에 레이어 &apos;%1&apos;이(가) 없습니다. 레이어: %2.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="265"/>
        <source>The map extent %1 is not four finite numbers xmin, ymin, xmax, ymax (xmin &lt;= xmax, ymin &lt;= ymax).</source>
        <translation>지도 범위 %1은(는) 유한한 네 수 xmin, ymin, xmax, ymax(xmin &lt;= xmax, ymin &lt;= ymax)가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="267"/>
        <source>This project has never been saved: choose a file name (Save as).</source>
        <translation>이 프로젝트는 저장된 적이 없습니다: 파일 이름을 고르세요 (다른 이름으로 저장).</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="270"/>
        <source>The grid recipe %1 cannot be read (%2). Check that it is TOML or JSON text.</source>
        <translation>격자 분석 설정 파일 %1을(를) 읽을 수 없습니다 (%2). TOML이나 JSON 텍스트인지 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="272"/>
        <source>A criterion of the grid recipe %1 is incomplete (%2); each needs at least an indicator.</source>
        <translation>격자 분석 설정 파일 %1의 기준이 완전하지 않습니다 (%2). 기준마다 indicator가 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="277"/>
        <source>The [output] table of the grid recipe %1 is not understood (%2). Write compress = &quot;zstd&quot; or &quot;deflate&quot; and predictor = true or false.</source>
        <translation>격자 분석 설정 파일 %1의 [output] 항목을 이해할 수 없습니다(%2). compress = &quot;zstd&quot; 또는 &quot;deflate&quot;, predictor = true 또는 false로 적으세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="274"/>
        <source>The grid recipe %1 has no criteria: add at least one [[criteria]] naming a raster.</source>
        <translation>격자 분석 설정 파일 %1에 기준이 없습니다: 래스터를 가리키는 [[criteria]]를 하나 이상 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="276"/>
        <source>The grid recipe %1 has no raster for %2. Add them under [rasters].</source>
        <translation>격자 분석 설정 파일 %1에 %2의 래스터가 없습니다. [rasters] 아래에 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="278"/>
        <source>No district has a suitability score, so Locate Regions has nowhere to look. Score the districts first.</source>
        <translation>적합성 점수가 있는 지역이 없어 후보 영역을 찾을 곳이 없습니다. 먼저 지역을 평가하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="280"/>
        <source>The %1 best districts span %2 Mpx of %3; Locate Regions reads at most 256 Mpx at once. Ask for fewer districts.</source>
        <translation>상위 %1개 지역이 %3의 %2 Mpx에 걸쳐 있습니다. 후보 영역 찾기는 한 번에 최대 256 Mpx를 읽습니다. 지역 수를 줄이세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="284"/>
        <source>&apos;%1&apos; is not a kind of candidate map: choose score or rank.</source>
        <translation>&apos;%1&apos;은(는) 후보지 지도의 종류가 아닙니다: 점수(score)나 순위(rank)를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="286"/>
        <source>%1 has no field &apos;%2&apos;. Fields: %3. Choose one of them.</source>
        <translation>%1에 &apos;%2&apos; 필드가 없습니다. 필드: %3. 이 중 하나를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="288"/>
        <source>No score or rank field found in %1 (fields: %2). Choose the field that holds the scores or ranks.</source>
        <translation>%1에서 점수나 순위 필드를 찾지 못했습니다 (필드: %2). 점수나 순위가 든 필드를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="291"/>
        <source>None of the %1 codes of %2 (field &apos;%3&apos;, e.g. %4) is a district of the project (%5 %6, e.g. %7). Import a map of the same level and code system, or choose the field with the district codes.</source>
        <translation>%2의 코드 %1개(필드 &apos;%3&apos;, 예: %4) 중 프로젝트의 지역(%6 %5곳, 예: %7)과 맞는 것이 없습니다. 같은 단위와 코드 체계의 지도를 가져오거나 지역 코드가 든 필드를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="296"/>
        <source>The field &apos;%1&apos; of %2 has no number for the districts it matched. Choose the field with the scores or ranks.</source>
        <translation>%2의 필드 &apos;%1&apos;에 맞춘 지역의 숫자 값이 없습니다. 점수나 순위가 든 필드를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="299"/>
        <source>The scenario &apos;%1&apos; is an imported candidate map without its file. Import the map again.</source>
        <translation>시나리오 &apos;%1&apos;은(는) 파일 경로가 없는 가져온 후보지 지도입니다. 지도를 다시 가져오세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="301"/>
        <source>The scenario &apos;%1&apos; is not an imported candidate map (it is scored with %2).</source>
        <translation>시나리오 &apos;%1&apos;은(는) 가져온 후보지 지도가 아닙니다 (%2(으)로 평가합니다).</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="303"/>
        <source>The candidate map %1 of the scenario &apos;%2&apos; was not found. Put the file back or import it again.</source>
        <translation>시나리오 &apos;%2&apos;의 후보지 지도 %1을(를) 찾을 수 없습니다. 파일을 제자리에 두거나 다시 가져오세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="307"/>
        <source>Unknown level &apos;%1&apos;: use one of %2.</source>
        <translation>알 수 없는 단위 &apos;%1&apos;입니다: %2 중 하나를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="309"/>
        <source>Unknown preset &apos;%1&apos;. Available presets: %2.</source>
        <translation>알 수 없는 프리셋 &apos;%1&apos;입니다. 있는 프리셋: %2.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="311"/>
        <source>The preset file %1 is not valid TOML (%2). Fix it in a text editor (the bundled presets show the form).</source>
        <translation>프리셋 파일 %1이(가) 올바른 TOML이 아닙니다 (%2). 텍스트 편집기에서 고치세요 (함께 제공된 프리셋이 형식을 보여 줍니다).</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="313"/>
        <source>The preset file %1 is not valid: %2. Fix it in a text editor (the bundled presets show the form).</source>
        <translation>프리셋 파일 %1이(가) 올바르지 않습니다: %2. 텍스트 편집기에서 고치세요 (함께 제공된 프리셋이 형식을 보여 줍니다).</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="315"/>
        <source>The project has no districts layer. Add a vector layer of municipality or neighbourhood boundaries.</source>
        <translation>프로젝트에 지역 레이어가 없습니다. 시군구나 읍면동 경계 벡터 레이어를 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="317"/>
        <source>The zonal statistics of the layer &apos;%1&apos; are not set right: %2. Set them again in Analysis ▸ Zonal statistics.</source>
        <translation>레이어 &apos;%1&apos;의 구역 통계 설정이 올바르지 않습니다: %2. 분석 ▸ 구역 통계에서 다시 설정하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="320"/>
        <source>The zonal statistic column &apos;%1&apos; of the raster layer &apos;%2&apos; has the name of another column. Choose a prefix other than &apos;%3&apos; in Analysis ▸ Zonal statistics.</source>
        <translation>래스터 레이어 &apos;%2&apos;의 구역 통계 열 &apos;%1&apos;이(가) 다른 열과 이름이 같습니다. 분석 ▸ 구역 통계에서 &apos;%3&apos; 말고 다른 접두어를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="324"/>
        <source>&apos;%1&apos; is not a source of objective weights: use raw or standardised.</source>
        <translation>&apos;%1&apos;은(는) 객관적 가중치의 기준이 아닙니다: raw나 standardised를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="327"/>
        <source>&apos;%1&apos; is not a valid top:N rule. Write top: and a whole number of 1 or more, e.g. top:50.</source>
        <translation>&apos;%1&apos;은(는) 올바른 top:N 규칙이 아닙니다. top: 뒤에 1 이상의 정수를 쓰세요 (예: top:50).</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="329"/>
        <source>In the shrinking rule &apos;%1&apos;, &apos;%2&apos; is neither score nor an indicator (indicators: %3).</source>
        <translation>소멸위기 지역 규칙 &apos;%1&apos;의 &apos;%2&apos;은(는) score도 지표도 아닙니다 (지표: %3).</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="332"/>
        <source>The shrinking rule &apos;%1&apos; is neither top:N, a comparison such as score&gt;=60, nor an existing file.</source>
        <translation>소멸위기 지역 규칙 &apos;%1&apos;은(는) top:N도, score&gt;=60 같은 비교도, 있는 파일도 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="334"/>
        <source>None of the %2 entries of %1 matches a district code or name. List one 2020 census code or district name per line.</source>
        <translation>%1의 항목 %2개 중 지역 코드나 이름과 맞는 것이 없습니다. 한 줄에 2020년 센서스 코드나 지역 이름을 하나씩 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="337"/>
        <source>The codes of %1 look like %2 codes; the planner needs 5-digit municipality or 7-digit neighbourhood census codes (as in SmartZone&apos;s own scores.csv).</source>
        <translation>%1의 코드는 %2 코드로 보입니다. 계획에는 5자리 시군구 또는 7자리 읍면동 센서스 코드가 필요합니다 (SmartZone이 쓰는 scores.csv처럼).</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="340"/>
        <source>%2 district code(s) of %1 are not in the bundled %3 layer: %4. Use Statistics Korea census codes of 2020 (e.g. 11010 for Jongno-gu).</source>
        <translation>%1의 지역 코드 %2개가 함께 제공된 %3 레이어에 없습니다: %4. 2020년 통계청 센서스 코드를 쓰세요 (예: 종로구 11010).</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="344"/>
        <source>A concentration share needs a shrinking rule saying which districts are shrinking.</source>
        <translation>집중 비율을 쓰려면 어느 지역이 소멸위기 지역인지 정하는 규칙이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="346"/>
        <source>The scenario &apos;%1&apos; (%2) has no weights to vary: robustness needs a scenario scored with weights.</source>
        <translation>시나리오 &apos;%1&apos;(%2)에는 바꿔 볼 가중치가 없습니다: 견고성 분석에는 가중치로 평가한 시나리오가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="350"/>
        <source>The cost of the solution &apos;%1&apos; must be more than 0 (in 100M KRW); it is %2. Correct it in the solution catalogue.</source>
        <translation>솔루션 &apos;%1&apos;의 비용은 0억원보다 커야 합니다 (지금 %2). 솔루션 목록에서 고치세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="353"/>
        <source>%1 must be 0 or more (in 100M KRW); it is %2. Enter 0 or more.</source>
        <translation>%1은(는) 0억원 이상이어야 합니다 (지금 %2). 0 이상을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="355"/>
        <source>The per-district minimum spend (%1 100M KRW) is above the per-district maximum (%2 100M KRW). Lower the minimum or raise the maximum.</source>
        <translation>지역별 최소 사업비(%1 억원)가 지역별 최대 사업비(%2 억원)보다 큽니다. 최소를 낮추거나 최대를 높이세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="359"/>
        <source>The solution catalogue has no solutions. Add at least one solution.</source>
        <translation>솔루션 목록에 솔루션이 없습니다. 솔루션을 하나 이상 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="361"/>
        <source>A minimum share names no solution category. Name at least one, e.g. climate,digital_inclusion=0.35.</source>
        <translation>최소 비중에 솔루션 분야가 없습니다. 분야를 하나 이상 쓰세요 (예: climate,digital_inclusion=0.35).</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="363"/>
        <source>The minimum share names unknown categories %1. Use %2.</source>
        <translation>최소 비중에 알 수 없는 분야 %1이(가) 있습니다. %2 중에서 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="365"/>
        <source>The minimum share of %1 must be between 0 and 1 (e.g. 0.35 for 35 %); it is %2.</source>
        <translation>%1 최소 비중은 0과 1 사이여야 합니다 (예: 35 %는 0.35). 지금 %2입니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="368"/>
        <source>&apos;%1&apos; is not a minimum-share rule: write the categories, = and the share, e.g. climate,digital_inclusion=0.35 or 35%.</source>
        <translation>&apos;%1&apos;은(는) 최소 비중 규칙이 아닙니다: 분야, =, 비중을 쓰세요 (예: climate,digital_inclusion=0.35 또는 35%).</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="371"/>
        <source>Two minimum shares name the same categories; keep one.</source>
        <translation>두 최소 비중이 같은 분야를 가리킵니다. 하나만 두세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="372"/>
        <source>The share to spend in shrinking districts must be between 0 and 1 (e.g. 0.5 for 50 %); it is %1.</source>
        <translation>소멸위기 지역에 집행할 비중은 0과 1 사이여야 합니다 (예: 50 %는 0.5). 지금 %1입니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="374"/>
        <source>The number of districts to fund must be a whole number of 0 or more; it is %1.</source>
        <translation>지원할 지역 수는 0 이상의 정수여야 합니다. 지금 %1입니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="376"/>
        <source>%1 &apos;%2&apos; is not an amount in 100M KRW. Write a number such as 80 or 12.5.</source>
        <translation>%1 &apos;%2&apos;은(는) 억원 단위 금액이 아닙니다. 80이나 12.5 같은 숫자를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="378"/>
        <source>%1 must be 0 or more (in 100M KRW); it is %2.</source>
        <translation>%1은(는) 0억원 이상이어야 합니다 (지금 %2).</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="379"/>
        <source>%1 must be more than 0 (in 100M KRW); it is %2.</source>
        <translation>%1은(는) 0억원보다 커야 합니다 (지금 %2).</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="381"/>
        <source>%1 &apos;%2&apos; is not a share: write a number from 0 to 1 or a percentage, e.g. 0.5 or 50%.</source>
        <translation>%1 &apos;%2&apos;은(는) 비율이 아닙니다: 0부터 1까지의 수나 백분율을 쓰세요 (예: 0.5 또는 50%).</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="383"/>
        <source>Use either --scores or a preset/--project, not both.</source>
        <translation>--scores와 프리셋/--project 중 하나만 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="384"/>
        <source>--report needs a file name (--report plan.pdf) or an output folder (--out DIR).</source>
        <translation>--report에는 파일 이름(--report plan.pdf)이나 출력 폴더(--out DIR)가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="386"/>
        <source>--report %1: the report is a PDF; use a name ending in .pdf.</source>
        <translation>--report %1: 보고서는 PDF입니다. .pdf로 끝나는 이름을 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="388"/>
        <source>--time-limit must be more than 0 seconds.</source>
        <translation>--time-limit은 0초보다 커야 합니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="389"/>
        <source>--robustness must be 0 or more runs.</source>
        <translation>--robustness는 0회 이상이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="390"/>
        <source>The output folder %1 is a file, not a folder. Choose a folder with --out.</source>
        <translation>출력 폴더 %1은(는) 폴더가 아니라 파일입니다. --out으로 폴더를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="392"/>
        <source>%1 already exist in the folder %2. Use --overwrite to replace them or choose another folder.</source>
        <translation>폴더 %2에 %1이(가) 이미 있습니다. 바꾸려면 --overwrite를 쓰거나 다른 폴더를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="395"/>
        <source>%1 lists the district %2 more than once; each district needs one score. Remove or merge the repeated rows.</source>
        <translation>%1에 지역 %2이(가) 두 번 이상 나옵니다. 지역마다 점수는 하나여야 합니다: 중복된 행을 지우거나 합치세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="398"/>
        <source>%1 has no column of scores. Columns: %2. Write the scores (0-100) in a column named &apos;score&apos;.</source>
        <translation>%1에 점수 열이 없습니다. 열: %2. 점수(0-100)를 &apos;score&apos; 또는 &apos;점수&apos; 열에 적으세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="401"/>
        <source>In %1 the score &apos;%2&apos; of district %3 is not a number. Write a number from 0 to 100, or leave it empty to leave the district out.</source>
        <translation>%1에서 지역 %3의 점수 &apos;%2&apos;은(는) 숫자가 아닙니다. 0에서 100 사이의 숫자를 적거나, 그 지역을 제외하려면 비워 두세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="404"/>
        <source>In %1 the score %2 of district %3 is negative; scores are 0 to 100. Correct it and load the file again.</source>
        <translation>%1에서 지역 %3의 점수 %2은(는) 음수입니다. 점수는 0에서 100 사이여야 합니다. 값을 고친 뒤 파일을 다시 불러오세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="407"/>
        <source>%1 is an old Excel 97-2003 (.xls) workbook. Save it as .xlsx or CSV and add it again.</source>
        <translation>%1은(는) 예전 Excel 97-2003 (.xls) 통합 문서입니다. .xlsx 또는 CSV로 저장한 뒤 다시 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="409"/>
        <source>%1 cannot be opened as an Excel workbook (%2). Save it again as .xlsx or CSV.</source>
        <translation>%1을(를) Excel 통합 문서로 열 수 없습니다 (%2). .xlsx 또는 CSV로 다시 저장하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="411"/>
        <source>%1 is not a readable CSV file (%2). Save it again as CSV (UTF-8).</source>
        <translation>%1은(는) 읽을 수 있는 CSV 파일이 아닙니다 (%2). CSV (UTF-8)로 다시 저장하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="413"/>
        <source>%1 has no sheet &apos;%2&apos;. Sheets: %3.</source>
        <translation>%1에 &apos;%2&apos; 시트가 없습니다. 시트: %3.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="415"/>
        <source>%1 is not a readable ZIP archive (%2). Download or copy it again.</source>
        <translation>%1은(는) 읽을 수 있는 ZIP 압축 파일이 아닙니다 (%2). 다시 내려받거나 복사하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="417"/>
        <source>The attribute file of %1 is damaged (not a dBASE file). Export the layer again from its source.</source>
        <translation>%1의 속성 파일이 손상되었습니다 (dBASE 파일이 아님). 원본에서 레이어를 다시 내보내세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="419"/>
        <source>The Shapefile %1 has %2 shapes (.shp/.shx) but %3 attribute records (.dbf): its parts do not belong together or one is damaged. Export the layer again from its source.</source>
        <translation>Shapefile %1의 도형은 %2개(.shp/.shx)인데 속성 레코드는 %3개(.dbf)입니다. 구성 파일이 서로 맞지 않거나 하나가 손상되었습니다. 원본에서 레이어를 다시 내보내세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="423"/>
        <source>%1 cannot be read as a raster (%2). Open it in QGIS to check it, or export it again as GeoTIFF.</source>
        <translation>%1을(를) 래스터로 읽을 수 없습니다 (%2). QGIS에서 열어 확인하거나 GeoTIFF로 다시 내보내세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="426"/>
        <source>No rasters given. Add at least one indicator raster.</source>
        <translation>래스터가 없습니다. 지표 래스터를 하나 이상 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="427"/>
        <source>%1 (%2) is not on the pixel grid of %3 (%4); different: %5. Warp it onto the first raster&apos;s extent, resolution and CRS (QGIS Warp or gdalwarp) and add it again.</source>
        <translation>%1 (%2)은(는) %3 (%4)와(과) 픽셀 격자가 다릅니다 (다른 점: %5). 첫 래스터의 범위, 해상도, 좌표계에 맞춰 변환(QGIS 워프 또는 gdalwarp)한 뒤 다시 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="431"/>
        <source>%1 has %2 band(s); band %3 does not exist.</source>
        <translation>%1의 밴드는 %2개입니다. 밴드 %3은(는) 없습니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="434"/>
        <source>&apos;%1&apos; is not a valid file name: it may not contain path separators or any of %2. Choose another name.</source>
        <translation>&apos;%1&apos;은(는) 올바른 파일 이름이 아닙니다. 경로 구분자나 %2 문자를 쓸 수 없습니다. 다른 이름을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="437"/>
        <source>The folder %1 does not exist. Choose an existing folder or create it first.</source>
        <translation>폴더 %1이(가) 없습니다. 있는 폴더를 고르거나 먼저 폴더를 만드세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="439"/>
        <source>These files already exist: %1. Choose another name, or allow replacing them.</source>
        <translation>이미 있는 파일입니다: %1. 다른 이름을 쓰거나 바꾸기를 허용하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="441"/>
        <source>Field &apos;%1&apos;, %2: the character &apos;%3&apos; cannot be stored in %4. Export in UTF-8 or change the text.</source>
        <translation>필드 &apos;%1&apos;, %2: 문자 &apos;%3&apos;은(는) %4(으)로 저장할 수 없습니다. UTF-8로 내보내거나 글자를 바꾸세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="444"/>
        <source>GDAL could not write the file (%1). Check the folder and the free space; files already there were not changed.</source>
        <translation>GDAL이 파일을 쓰지 못했습니다 (%1). 폴더와 남은 디스크 공간을 확인하세요. 기존 파일은 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="447"/>
        <source>%1 is a folder, not a file SmartZone wrote; it was left untouched. Move it away or choose another name or folder.</source>
        <translation>%1은(는) SmartZone이 쓴 파일이 아니라 폴더이므로 건드리지 않았습니다. 그 폴더를 옮기거나 다른 이름이나 폴더를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="449"/>
        <source>%1 is not a regular file; it was left untouched. Choose another name or folder.</source>
        <translation>%1은(는) 일반 파일이 아니므로 건드리지 않았습니다. 다른 이름이나 폴더를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="451"/>
        <source>A file in the folder %1 is open in another program (%2). Close it there (QGIS, Excel ...) and export again; nothing was changed.</source>
        <translation>폴더 %1의 파일이 다른 프로그램에서 열려 있습니다 (%2). 그 프로그램(QGIS, Excel 등)에서 닫고 다시 내보내세요. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="454"/>
        <source>You may not write into the folder %1 (%2). Choose another folder; nothing was changed.</source>
        <translation>폴더 %1에 쓸 권한이 없습니다 (%2). 다른 폴더를 고르세요. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="457"/>
        <source>The disk is full while writing into the folder %1. Free some space and export again; nothing was changed.</source>
        <translation>폴더 %1에 쓰는 중 디스크가 가득 찼습니다. 공간을 비운 뒤 다시 내보내세요. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="460"/>
        <source>The file name is too long for the folder %1. Choose a shorter name or a folder nearer the drive&apos;s root.</source>
        <translation>폴더 %1에 쓰기에는 파일 이름이 너무 깁니다. 더 짧은 이름이나 드라이브 최상위에 더 가까운 폴더를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="463"/>
        <source>Cannot write into the folder %1 (%2). Check that it is a folder you can write to, or choose another one; nothing was changed.</source>
        <translation>폴더 %1에 쓸 수 없습니다 (%2). 쓸 수 있는 폴더인지 확인하거나 다른 폴더를 고르세요. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="466"/>
        <source>The export could not be moved into the folder %1 (%2), nor the previous files restored: they are in its sub-folder %3. Export again to finish restoring them.</source>
        <translation>내보낸 파일을 폴더 %1(으)로 옮기지 못했고 (%2) 이전 파일도 되돌리지 못했습니다. 이전 파일은 하위 폴더 %3에 있습니다. 다시 내보내면 복원이 마무리됩니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="470"/>
        <source>%1 was written but does not read back as written: %2. Nothing was changed in the folder. Check the free space and that the folder is a local one (a network or synchronised folder can alter files), then export again.</source>
        <translation>%1을(를) 쓴 뒤 다시 읽어 보니 쓴 내용과 다릅니다: %2. 폴더는 바뀌지 않았습니다. 여유 공간과, 네트워크·동기화 폴더가 아닌 이 컴퓨터의 폴더인지(그런 폴더는 파일을 바꿀 수 있습니다) 확인한 뒤 다시 내보내세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="475"/>
        <source>Two files of one export into the folder %1 have the same name &apos;%2&apos;. This is a bug in SmartZone; nothing was changed. Please report it with the log file.</source>
        <translation>폴더 %1에 내보내는 두 파일의 이름이 &apos;%2&apos;(으)로 같습니다. SmartZone의 버그이며, 아무것도 바뀌지 않았습니다. 로그 파일과 함께 알려 주세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="479"/>
        <source>The export made no file to put into the folder %1. This is a bug in SmartZone; nothing was changed. Please report it with the log file.</source>
        <translation>내보내기가 폴더 %1에 넣을 파일을 하나도 만들지 않았습니다. SmartZone의 버그이며, 아무것도 바뀌지 않았습니다. 로그 파일과 함께 알려 주세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="482"/>
        <source>The plan&apos;s table for %1 has no &apos;%2&apos; column. This is a bug in SmartZone; nothing was written. Please report it with the log file.</source>
        <translation>%1에 쓸 계획 표에 &apos;%2&apos; 열이 없습니다. SmartZone의 버그이며, 아무것도 쓰지 않았습니다. 로그 파일과 함께 알려 주세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="485"/>
        <source>%1 cannot be written: a value cannot be stored as JSON (%2). This is a bug in SmartZone; nothing was written. Please report it with the log file.</source>
        <translation>%1을(를) 쓸 수 없습니다: JSON으로 저장할 수 없는 값이 있습니다 (%2). SmartZone의 버그이며, 아무것도 쓰지 않았습니다. 로그 파일과 함께 알려 주세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="489"/>
        <source>No free short field name is left for &apos;%1&apos;. Give it a short name yourself (field names) and export again.</source>
        <translation>&apos;%1&apos;에 쓸 수 있는 짧은 필드 이름이 남아 있지 않습니다. 짧은 필드 이름을 직접 정한 뒤 다시 내보내세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="492"/>
        <source>The map style cannot be made: %1. Choose another classification or other colours and try again.</source>
        <translation>지도 스타일을 만들 수 없습니다: %1. 다른 분류 방법이나 색을 골라 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="494"/>
        <source>The field &apos;%1&apos; has no numbers to classify for the map style: every value is empty. Check that the scores were computed, or export without a style.</source>
        <translation>필드 &apos;%1&apos;에 지도 스타일로 나눌 숫자가 없습니다: 모든 값이 비어 있습니다. 점수가 계산되었는지 확인하거나 스타일 없이 내보내세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="497"/>
        <source>There are no districts to export into %1: the table is empty. Check the scenario&apos;s exclusions and the level, then export again.</source>
        <translation>%1(으)로 내보낼 지역이 없습니다: 표가 비어 있습니다. 시나리오의 제외 조건과 단위를 확인한 뒤 다시 내보내세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="499"/>
        <source>The districts to export into %1 have no coordinate system. Choose the district layer&apos;s CRS in its properties and export again.</source>
        <translation>%1(으)로 내보낼 지역에 좌표계가 없습니다. 레이어 속성에서 지역 레이어의 좌표계를 지정한 뒤 다시 내보내세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="501"/>
        <source>%1 district(s) to export into %2 have an empty geometry (the first: row %3 %4). Remove or fix those districts before exporting.</source>
        <translation>%2(으)로 내보낼 지역 %1곳의 도형이 비어 있습니다 (첫 번째: %3행 %4). 내보내기 전에 그 지역을 빼거나 고치세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="505"/>
        <source>The districts cannot be reprojected to %1 for %2 (%3). Check the districts&apos; CRS or choose another output CRS.</source>
        <translation>%2에 쓰기 위해 지역을 %1(으)로 변환할 수 없습니다 (%3). 지역의 좌표계를 확인하거나 다른 출력 좌표계를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="508"/>
        <source>Reprojecting the districts to %1 for %2 gave invalid coordinates. Is the districts&apos; CRS right?</source>
        <translation>%2에 쓰기 위해 지역을 %1(으)로 변환하니 잘못된 좌표가 나왔습니다. 지역의 좌표계가 맞는지 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="511"/>
        <source>Row %1 %2 to export into %3 has no polygon area (its geometry is %4); only district polygons can be exported. Remove it or fix its geometry.</source>
        <translation>%3(으)로 내보낼 %1행 %2에 면적이 있는 폴리곤이 없습니다 (도형: %4). 지역 폴리곤만 내보낼 수 있습니다. 그 행을 빼거나 도형을 고치세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="515"/>
        <source>%1 would have %2 fields; a Shapefile (DBF) holds at most 255. Export fewer columns or choose GeoPackage.</source>
        <translation>%1에 필드가 %2개 생깁니다. Shapefile(DBF)에는 최대 255개까지 들어갑니다. 열을 줄이거나 GeoPackage를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="518"/>
        <source>The map style&apos;s field &apos;%1&apos; is not a column of the table for %2. Style one of the exported columns.</source>
        <translation>지도 스타일의 필드 &apos;%1&apos;이(가) %2에 쓸 표의 열이 아닙니다. 내보내는 열 중 하나로 스타일을 정하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="520"/>
        <source>The disk is full while writing %1. Free some space and export again; nothing was changed in the folder.</source>
        <translation>%1을(를) 쓰는 중 디스크가 가득 찼습니다. 공간을 비운 뒤 다시 내보내세요. 폴더는 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="523"/>
        <source>%1 cannot be written (%2). Check the folder and export again; nothing was changed in the folder.</source>
        <translation>%1을(를) 쓸 수 없습니다 (%2). 폴더를 확인한 뒤 다시 내보내세요. 폴더는 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="525"/>
        <source>The layer name for %1 is empty. Give the layer a name.</source>
        <translation>%1의 레이어 이름이 비어 있습니다. 레이어 이름을 정하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="526"/>
        <source>The table for %1 has the column name(s) %2 more than once. Rename them and export again.</source>
        <translation>%1에 쓸 표에 열 이름 %2이(가) 두 번 이상 있습니다. 이름을 바꾼 뒤 다시 내보내세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="529"/>
        <source>The map style cannot be stored in %1 (%2). Check that the GeoPackage is complete and not open in another program.</source>
        <translation>%1에 지도 스타일을 저장할 수 없습니다 (%2). GeoPackage가 완전한지, 다른 프로그램에서 열려 있지 않은지 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="532"/>
        <source>Scratch data cannot be written in the folder %1 (%2). Check that you can write there.</source>
        <translation>폴더 %1에 임시 자료를 쓸 수 없습니다 (%2). 그 폴더에 쓸 수 있는지 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="534"/>
        <source>Scratch data cannot be written in the folder %1 (%2). Free disk space there (about %3 GiB are needed so far).</source>
        <translation>폴더 %1에 임시 자료를 쓸 수 없습니다 (%2). 그곳의 디스크 공간을 비우세요 (지금까지 약 %3 GiB가 필요합니다).</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="537"/>
        <source>The scratch file %1 ended early: was it removed while in use? Run the analysis again.</source>
        <translation>임시 파일 %1이(가) 중간에 끝났습니다: 쓰는 중에 지워졌나요? 분석을 다시 실행하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="539"/>
        <source>The map view cannot be transformed into the coordinate system of %1 (%2). Check the raster&apos;s CRS.</source>
        <translation>지도 화면을 %1의 좌표계로 변환할 수 없습니다 (%2). 래스터의 좌표계를 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="541"/>
        <source>%1 is not an admin code. Codes are digits (2, 5, 7, 8 or 10 of them).</source>
        <translation>%1은(는) 행정코드가 아닙니다. 행정코드는 숫자 2, 5, 7, 8 또는 10자리입니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="544"/>
        <source>&apos;%1&apos; is not a zonal statistics method: use auto, exact or fast.</source>
        <translation>&apos;%1&apos;은(는) 구역 통계 방법이 아닙니다: auto, exact, fast 중 하나를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="546"/>
        <source>Choose at least one zonal statistic (%1).</source>
        <translation>구역 통계를 하나 이상 고르세요 (%1).</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="547"/>
        <source>%1 are not zonal statistics: choose from %2.</source>
        <translation>%1은(는) 구역 통계가 아닙니다: %2 중에서 고르세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="549"/>
        <source>The district layer has no field &apos;%1&apos; for the district codes. Fields: %2. Choose the field that holds the codes.</source>
        <translation>지역 레이어에 지역 코드 필드 &apos;%1&apos;이(가) 없습니다. 필드: %2. 코드가 든 필드를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="552"/>
        <source>Zonal statistics failed on %1 (%2). Check the raster (open it in QGIS) and the districts.</source>
        <translation>%1의 구역 통계를 계산하지 못했습니다 (%2). 래스터(QGIS에서 열어 보세요)와 지역을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="554"/>
        <source>Neighbours cannot be found: %1 geometries but %2 district codes.</source>
        <translation>이웃 지역을 찾을 수 없습니다: 도형은 %1개인데 지역 코드는 %2개입니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="556"/>
        <source>Neighbours cannot be found: district codes appear more than once (%1). Choose the layer&apos;s code field.</source>
        <translation>이웃 지역을 찾을 수 없습니다: 지역 코드가 두 번 이상 나옵니다 (%1). 레이어의 코드 필드를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="559"/>
        <source>&apos;%1&apos; is not a way to treat islands: use nearest or none.</source>
        <translation>&apos;%1&apos;은(는) 섬 처리 방법이 아닙니다: nearest나 none을 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="561"/>
        <source>Neighbours cannot be found: %1 district(s) have no geometry (e.g. %2). Repair or remove them first.</source>
        <translation>이웃 지역을 찾을 수 없습니다: 지역 %1곳에 도형이 없습니다 (예: %2). 먼저 고치거나 빼세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="564"/>
        <source>The short field name &apos;%1&apos; for &apos;%2&apos; is %3 bytes in %4; a Shapefile (DBF) field name holds at most %5 bytes (a Korean letter takes 2 in CP949). Choose a shorter name.</source>
        <translation>&apos;%2&apos;의 짧은 필드 이름 &apos;%1&apos;은(는) %4에서 %3바이트입니다. Shapefile(DBF) 필드 이름은 최대 %5바이트입니다(CP949에서 한글 한 글자는 2바이트). 더 짧은 이름을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="568"/>
        <source>The short field name &apos;%1&apos; for &apos;%2&apos; cannot be written in %3. Choose a name of Latin letters and digits, or export in UTF-8.</source>
        <translation>&apos;%2&apos;의 짧은 필드 이름 &apos;%1&apos;은(는) %3(으)로 쓸 수 없습니다. 영문자와 숫자로 된 이름을 고르거나 UTF-8로 내보내세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="571"/>
        <source>The short field name &apos;%1&apos; (for &apos;%2&apos;) is used for two fields. Give each field its own name.</source>
        <translation>짧은 필드 이름 &apos;%1&apos;(&apos;%2&apos;)이(가) 두 필드에 쓰였습니다. 필드마다 다른 이름을 주세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="574"/>
        <source>The field &apos;%1&apos; appears twice in the table. Rename or remove one of them and export again.</source>
        <translation>표에 &apos;%1&apos; 필드가 두 번 있습니다. 하나의 이름을 바꾸거나 지운 뒤 다시 내보내세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="577"/>
        <source>The text of %1 is neither UTF-8 nor CP949 (EUC-KR). Save it again as UTF-8, or give its encoding (a .cpg file beside a Shapefile).</source>
        <translation>%1의 문자가 UTF-8도 CP949(EUC-KR)도 아닙니다. UTF-8로 다시 저장하거나 인코딩을 지정하세요 (Shapefile이면 옆에 .cpg 파일).</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="580"/>
        <source>%1 is not valid %2 text (byte %3). Leave the encoding empty to detect it, or try CP949 or UTF-8.</source>
        <translation>%1은(는) 올바른 %2 문자가 아닙니다 (바이트 %3). 인코딩을 비워 자동으로 찾게 하거나 CP949 또는 UTF-8을 지정하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="583"/>
        <source>Unknown text encoding &apos;%1&apos;. Use CP949 (also for EUC-KR) or UTF-8.</source>
        <translation>알 수 없는 문자 인코딩 &apos;%1&apos;입니다. CP949(EUC-KR 포함) 또는 UTF-8을 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="585"/>
        <source>The .cpg file of %1 (or the encoding given) says %2, but the text is UTF-8: read as %2 it would be garbled. Change the .cpg to UTF-8 and add the file again.</source>
        <translation>%1의 .cpg 파일(또는 지정한 인코딩)은 %2이지만 실제 문자는 UTF-8입니다. %2(으)로 읽으면 글자가 깨집니다. .cpg를 UTF-8로 고친 뒤 파일을 다시 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="589"/>
        <source>The field names of %1 are not %2 text. Give the right encoding (e.g. CP949) or fix the .cpg file.</source>
        <translation>%1의 필드 이름이 %2 문자가 아닙니다. 올바른 인코딩(예: CP949)을 지정하거나 .cpg 파일을 고치세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="592"/>
        <source>The attribute text of %1 is not %2. Give the right encoding (CP949 or UTF-8) or fix the .cpg file.</source>
        <translation>%1의 속성 문자가 %2이(가) 아닙니다. 올바른 인코딩(CP949 또는 UTF-8)을 지정하거나 .cpg 파일을 고치세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="596"/>
        <source>%1 (layer &apos;%2&apos;) has no field &apos;%3&apos;. Fields: %4.</source>
        <translation>%1 (레이어 &apos;%2&apos;)에 &apos;%3&apos; 필드가 없습니다. 필드: %4.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="598"/>
        <source>No admin-code field found in %1 (layer &apos;%2&apos;). Fields: %3. Choose the field that holds the 5-digit (municipality) or 7, 8 or 10-digit (neighbourhood) codes.</source>
        <translation>%1 (레이어 &apos;%2&apos;)에서 행정코드 필드를 찾지 못했습니다. 필드: %3. 5자리(시군구) 또는 7·8·10자리(읍면동) 코드가 든 필드를 지정하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="601"/>
        <source>%1 feature(s) of %2 (layer &apos;%3&apos;) have no admin code in &apos;%4&apos; (rows %5). Fill in the codes or choose another code field.</source>
        <translation>%2 (레이어 &apos;%3&apos;)의 객체 %1개에 &apos;%4&apos; 행정코드가 없습니다 (행 %5). 코드를 채우거나 다른 코드 필드를 지정하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="604"/>
        <source>%1 admin code(s) appear on several features of %2 (layer &apos;%3&apos;): %4. Each district needs one feature: dissolve the parts by code, or choose the right code field.</source>
        <translation>%2 (레이어 &apos;%3&apos;)에서 행정코드 %1개가 여러 객체에 나타납니다: %4. 지역마다 객체가 하나여야 합니다. 코드별로 조각을 합치거나(dissolve) 올바른 코드 필드를 지정하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="608"/>
        <source>No admin codes (2, 5, 7, 8 or 10 digits) found in %1. The table needs a column of admin codes.</source>
        <translation>%1에서 행정코드(2·5·7·8·10자리)를 찾지 못했습니다. 표에 행정코드 열이 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="610"/>
        <source>%1 has no header line above its first data row (%2). Add a line with the column names.</source>
        <translation>%1의 첫 데이터 행(%2) 위에 머리글 행이 없습니다. 열 이름이 든 행을 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="612"/>
        <source>No column of %1 holds admin codes. Columns: %2.</source>
        <translation>%1에 행정코드가 든 열이 없습니다. 열: %2.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="614"/>
        <source>%1 has no column &apos;%2&apos;. Columns: %3.</source>
        <translation>%1에 &apos;%2&apos; 열이 없습니다. 열: %3.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="616"/>
        <source>%1 is empty.</source>
        <translation>%1이(가) 비어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="617"/>
        <source>%1 lists %2 admin code(s) more than once (%3). An indicator table needs one row per district: keep one year or pivot the table.</source>
        <translation>%1에 행정코드 %2개가 두 번 이상 나옵니다 (%3). 지표 표는 지역마다 한 행이어야 합니다. 한 해만 남기거나 표를 피벗하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="621"/>
        <source>Column(s) %1 are not in %2. Available: %3.</source>
        <translation>%2에 열 %1이(가) 없습니다. 있는 열: %3.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="623"/>
        <source>No admin code of %1 matches the district layer %2. Use a table of the same level (municipalities or neighbourhoods) and code system as the districts.</source>
        <translation>%1의 행정코드가 지역 레이어 %2와(과) 하나도 맞지 않습니다. 지역 경계와 같은 행정 단위(시군구 또는 읍면동)와 코드 체계의 표를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="627"/>
        <source>Every geometry of %1 (layer &apos;%2&apos;) is empty or missing; a district layer needs polygons. Check that the file was exported with its geometry.</source>
        <translation>%1 (레이어 &apos;%2&apos;)의 도형이 모두 비어 있거나 없습니다. 지역 레이어에는 폴리곤이 필요합니다. 도형과 함께 내보낸 파일인지 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="631"/>
        <source>%1 of the %2 features of %3 (layer &apos;%4&apos;) are not polygons. A district layer holds only municipality or neighbourhood polygons: remove the other features or choose the right layer.</source>
        <translation>%3 (레이어 &apos;%4&apos;)의 객체 %2개 중 %1개가 폴리곤이 아닙니다. 지역 레이어에는 시군구·읍면동 폴리곤만 있어야 합니다. 다른 객체를 지우거나 올바른 레이어를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="635"/>
        <source>%1 (layer &apos;%2&apos;) has no geometry: it is a table, not a district layer. Add it as an indicator table instead.</source>
        <translation>%1 (레이어 &apos;%2&apos;)에는 도형이 없습니다. 지역 레이어가 아니라 표이므로 지표 표로 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="638"/>
        <source>%1 (layer &apos;%2&apos;) holds %3 features, not polygons. District layers must be polygons (municipality or neighbourhood boundaries).</source>
        <translation>%1 (레이어 &apos;%2&apos;)의 객체는 폴리곤이 아니라 %3입니다. 지역 레이어는 폴리곤(시군구·읍면동 경계)이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="641"/>
        <source>%1 (layer &apos;%2&apos;) holds no polygons. District layers must be polygons (municipality or neighbourhood boundaries).</source>
        <translation>%1 (레이어 &apos;%2&apos;)에 폴리곤이 없습니다. 지역 레이어는 폴리곤(시군구·읍면동 경계)이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="644"/>
        <source>%1 (layer &apos;%2&apos;) has no features.</source>
        <translation>%1 (레이어 &apos;%2&apos;)에 객체가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="646"/>
        <source>%1 (layer &apos;%2&apos;) has no coordinate reference system. Choose its CRS in the layer&apos;s properties (e.g. EPSG:5179 for census boundaries, EPSG:5186 for local-government data, EPSG:5174 for old cadastral data).</source>
        <translation>%1 (레이어 &apos;%2&apos;)에 좌표계가 없습니다. 레이어 속성에서 좌표계를 지정하세요 (예: 통계청 경계는 EPSG:5179, 지자체 자료는 EPSG:5186, 옛 지적 자료는 EPSG:5174).</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="650"/>
        <source>The .prj file of %1 holds non-ASCII text (e.g. a CRS name in Korean) or binary bytes, which GDAL cannot read. Replace it with the .prj of the CRS the data uses (e.g. from epsg.io/5179), or delete it and choose the CRS.</source>
        <translation>%1의 .prj 파일에 ASCII가 아닌 문자(예: 한글 좌표계 이름)나 이진 바이트가 있어 GDAL이 읽지 못합니다. 자료가 쓰는 좌표계의 .prj(예: epsg.io/5179)로 바꾸거나, .prj를 지우고 좌표계를 지정하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="654"/>
        <source>The coordinate system of %1 is damaged or truncated (%2). Replace its .prj with that of the CRS the data uses (e.g. from epsg.io/5179), or delete it and choose the CRS.</source>
        <translation>%1의 좌표계 정보가 손상되었거나 잘렸습니다 (%2). 자료가 쓰는 좌표계의 .prj(예: epsg.io/5179)로 바꾸거나, .prj를 지우고 좌표계를 지정하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="658"/>
        <source>%1 (layer &apos;%2&apos;) claims %3 (degrees) but its coordinates look like metres: its CRS is wrong. Choose the right CRS or fix the .prj file.</source>
        <translation>%1 (레이어 &apos;%2&apos;)은(는) 좌표계가 %3(도 단위)라고 하지만 좌표는 미터 단위로 보입니다. 좌표계가 잘못되었으니 올바른 좌표계를 지정하거나 .prj 파일을 고치세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="662"/>
        <source>Reprojecting %1 from %2 to %3 produced invalid coordinates. Is the source CRS right?</source>
        <translation>%1을(를) %2에서 %3(으)로 변환하자 잘못된 좌표가 나왔습니다. 원본 좌표계가 맞는지 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="665"/>
        <source>%1 has no coordinate system, so it cannot be placed on the map. Assign one in QGIS (or with gdal_edit.py -a_srs) and add it again.</source>
        <translation>%1에 좌표계가 없어 지도에 놓을 수 없습니다. QGIS(또는 gdal_edit.py -a_srs)에서 좌표계를 지정한 뒤 다시 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="668"/>
        <source>%1 is a rotated raster. Warp it to a north-up grid (gdalwarp) and add it again.</source>
        <translation>%1은(는) 회전된 래스터입니다. 북쪽이 위인 격자로 변환(gdalwarp)한 뒤 다시 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="670"/>
        <source>The district layer has no coordinate system. Choose its CRS in the layer&apos;s properties before zonal statistics.</source>
        <translation>지역 레이어에 좌표계가 없습니다. 구역 통계 전에 레이어 속성에서 좌표계를 지정하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="672"/>
        <source>The districts cannot be transformed from %1 into the CRS of %2 (%3). Check the CRS of both layers.</source>
        <translation>지역 경계를 %1에서 %2의 좌표계로 변환할 수 없습니다 (%3). 두 레이어의 좌표계를 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="675"/>
        <source>%1 district(s) fall outside the area where the CRS of %2 is defined. Use a raster in a CRS that covers Korea (e.g. EPSG:5179).</source>
        <translation>지역 %1곳이 %2 좌표계의 적용 범위 밖에 있습니다. 한국을 포함하는 좌표계(예: EPSG:5179)의 래스터를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="678"/>
        <source>No coordinate reference system given. Give an EPSG code such as EPSG:5179.</source>
        <translation>좌표계가 지정되지 않았습니다. EPSG:5179 같은 EPSG 코드를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="680"/>
        <source>Unknown coordinate reference system %1. Give an EPSG code such as EPSG:5179 (Korea 2000 / Unified CS) or EPSG:5186 (Central Belt 2010).</source>
        <translation>알 수 없는 좌표계 %1입니다. EPSG:5179(Korea 2000 / Unified CS)나 EPSG:5186(Central Belt 2010) 같은 EPSG 코드를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="684"/>
        <source>The path contains a NUL character; it is not a file name.</source>
        <translation>경로에 NUL 문자가 있어 파일 이름이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="685"/>
        <source>%1 is a network or virtual path; SmartZone reads local files only. Copy the file to this computer.</source>
        <translation>%1은(는) 네트워크 또는 가상 경로입니다. SmartZone은 이 컴퓨터의 파일만 읽으니 파일을 이 컴퓨터로 복사하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="688"/>
        <source>%1 is a device, pipe or socket, not a data file; choose a file.</source>
        <translation>%1은(는) 데이터 파일이 아니라 장치, 파이프 또는 소켓입니다. 파일을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="696"/>
        <source>size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="696"/>
        <source>grid origin or pixel size</source>
        <translation>격자 원점 또는 픽셀 크기</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="697"/>
        <source>coordinate system</source>
        <translation>좌표계</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="708"/>
        <source>the file cannot be opened (%1)</source>
        <translation>파일을 열 수 없습니다 (%1)</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="709"/>
        <source>it holds %1 districts, not %2</source>
        <translation>구역이 %2개가 아니라 %1개입니다</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="710"/>
        <source>its coordinate system reads as %1, not %2</source>
        <translation>좌표계가 %2이(가) 아니라 %1(으)로 읽힙니다</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="711"/>
        <source>its fields are %1, not %2</source>
        <translation>필드가 %2이(가) 아니라 %1입니다</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="712"/>
        <source>its %1 is missing or does not say %2</source>
        <translation>%1 파일이 없거나 %2(이)라고 적혀 있지 않습니다</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="713"/>
        <source>the field name &apos;%1&apos; in its .dbf is damaged (it should be &apos;%2&apos;)</source>
        <translation>.dbf의 필드 이름 &apos;%1&apos;이(가) 손상되었습니다 (&apos;%2&apos;이어야 합니다)</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="715"/>
        <source>%1 district shape(s) read back empty</source>
        <translation>구역 도형 %1개가 비어 있습니다</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="716"/>
        <source>the field &apos;%1&apos; of row %2 reads back as &apos;%3&apos;, not &apos;%4&apos; (a text encoding problem)</source>
        <translation>%2행 필드 &apos;%1&apos;의 값이 &apos;%4&apos;이(가) 아니라 &apos;%3&apos;(으)로 읽힙니다 (문자 인코딩 문제)</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="718"/>
        <source>its layer style was not stored</source>
        <translation>레이어 스타일이 저장되지 않았습니다</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="719"/>
        <source>the ZIP package is incomplete or damaged</source>
        <translation>ZIP 묶음이 불완전하거나 손상되었습니다</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="720"/>
        <source>the table reads back as %1 (rows x columns), not %2</source>
        <translation>표가 %2(행 x 열)이(가) 아니라 %1(으)로 읽힙니다</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="728"/>
        <source>an object</source>
        <translation>객체</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="728"/>
        <source>a list</source>
        <translation>목록</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="728"/>
        <source>a text</source>
        <translation>문자열</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="729"/>
        <source>true or false</source>
        <translation>true 또는 false</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="729"/>
        <source>a whole number</source>
        <translation>정수</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="729"/>
        <source>a number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="731"/>
        <location filename="../../app/drawing/error_words.py" line="788"/>
        <source> or </source>
        <translation> 또는 </translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="748"/>
        <source>the key &apos;%1&apos; is missing</source>
        <translation>&apos;%1&apos; 키가 없습니다</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="749"/>
        <source>&apos;%1&apos; must be %2, not %3</source>
        <translation>&apos;%1&apos;은(는) %2이어야 하는데 %3입니다</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="751"/>
        <source>each [[criteria]] entry must be a table</source>
        <translation>[[criteria]] 항목은 각각 표여야 합니다</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="752"/>
        <source>the direction of &apos;%1&apos; must be benefit or cost, not %2</source>
        <translation>&apos;%1&apos;의 방향(direction)은 benefit이나 cost여야 하는데 %2입니다</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="753"/>
        <source>the weight of &apos;%1&apos; must be a number of 0 or more, not %2</source>
        <translation>&apos;%1&apos;의 가중치는 0 이상의 수여야 하는데 %2입니다</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="754"/>
        <source>the missing-value policy of &apos;%1&apos; must be one of %2, not %3</source>
        <translation>&apos;%1&apos;의 결측값 처리(missing)는 %2 중 하나여야 하는데 %3입니다</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="756"/>
        <source>the levels of &apos;%1&apos; must be a list of %2, not %3</source>
        <translation>&apos;%1&apos;의 단위(levels)는 %2의 목록이어야 하는데 %3입니다</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="757"/>
        <source>the standardization of &apos;%1&apos; must be a table, not %2</source>
        <translation>&apos;%1&apos;의 표준화(standardization)는 표여야 하는데 %2입니다</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="758"/>
        <source>each constraint of &apos;%1&apos; needs op (one of %2) and value, not %3</source>
        <translation>&apos;%1&apos;의 제약 조건에는 각각 op(%2 중 하나)와 value가 있어야 하는데 %3입니다</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="760"/>
        <source>[params] must be a table</source>
        <translation>[params]는 표여야 합니다</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="761"/>
        <source>it needs at least one [[criteria]] entry</source>
        <translation>[[criteria]] 항목이 하나 이상 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="762"/>
        <source>the indicator &apos;%1&apos; is listed twice for %2</source>
        <translation>지표 &apos;%1&apos;이(가) %2에 두 번 있습니다</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="772"/>
        <source>the setting is not a table of statistics and a prefix</source>
        <translation>통계와 접두어를 담은 설정이 아닙니다</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="773"/>
        <source>no statistic is chosen (choose from %1)</source>
        <translation>고른 통계가 없습니다 (%1 중에서 고르세요)</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="774"/>
        <source>%1 are not statistics (use %2)</source>
        <translation>%1은(는) 통계가 아닙니다 (%2 중에서 쓰세요)</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="775"/>
        <source>the prefix &apos;%1&apos; must start with a letter and hold only letters, digits and _ (at most 32 characters), e.g. lc</source>
        <translation>접두어 &apos;%1&apos;은(는) 영문자로 시작하고 영문자, 숫자, _만 담아야 합니다 (32자 이하, 예: lc)</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="777"/>
        <source>the layer &apos;%1&apos; uses the same prefix &apos;%2&apos;; give each layer its own</source>
        <translation>레이어 &apos;%1&apos;도 같은 접두어 &apos;%2&apos;을(를) 씁니다. 레이어마다 다른 접두어를 주세요</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="792"/>
        <source>The budget</source>
        <translation>예산</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="792"/>
        <source>The minimum spend</source>
        <translation>최소 사업비</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="793"/>
        <source>The per-district minimum spend</source>
        <translation>지역별 최소 사업비</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="794"/>
        <source>The per-district maximum spend</source>
        <translation>지역별 최대 사업비</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="801"/>
        <source>&apos;%1&apos; is not a colour such as #1a9850</source>
        <translation>&apos;%1&apos;은(는) #1a9850 같은 색이 아닙니다</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="802"/>
        <source>it names no field</source>
        <translation>필드 이름이 없습니다</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="803"/>
        <source>the field &apos;%1&apos; has no classes</source>
        <translation>필드 &apos;%1&apos;에 분류 구간이 없습니다</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="804"/>
        <source>the field &apos;%1&apos; has %2 classes but %3 colours</source>
        <translation>필드 &apos;%1&apos;의 구간은 %2개인데 색은 %3개입니다</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="806"/>
        <source>the field &apos;%1&apos; has %2 classes but %3 labels</source>
        <translation>필드 &apos;%1&apos;의 구간은 %2개인데 이름표는 %3개입니다</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="808"/>
        <source>a class break of the field &apos;%1&apos; is not a finite number</source>
        <translation>필드 &apos;%1&apos;의 구간 경계 중 유한한 수가 아닌 값이 있습니다</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="809"/>
        <source>the class breaks of the field &apos;%1&apos; are not ascending (%2)</source>
        <translation>필드 &apos;%1&apos;의 구간 경계가 오름차순이 아닙니다 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="811"/>
        <source>the opacity %1 is not between 0 and 1</source>
        <translation>불투명도 %1이(가) 0과 1 사이가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="812"/>
        <source>the style is incomplete (%1)</source>
        <translation>스타일이 완전하지 않습니다 (%1)</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="813"/>
        <source>&apos;%1&apos; is not a classification scheme (use quantiles, equal_interval or natural_breaks)</source>
        <translation>&apos;%1&apos;은(는) 분류 방법이 아닙니다 (quantiles, equal_interval, natural_breaks 중 하나를 쓰세요)</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="824"/>
        <source>solution &apos;%1&apos;</source>
        <translation>솔루션 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="826"/>
        <source>row %1 (solution &apos;%2&apos;)</source>
        <translation>%1행 (솔루션 &apos;%2&apos;)</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="827"/>
        <source>row %1</source>
        <translation>%1행</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="842"/>
        <source> … and %1 more</source>
        <translation> … 외 %1개</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="847"/>
        <source>Cancelled by the user.</source>
        <translation>사용자가 취소했습니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="849"/>
        <source>The disk is full while writing %1. Free some space and try again; files already there were not changed.</source>
        <translation>%1을(를) 쓰는 중 디스크가 가득 찼습니다. 공간을 비운 뒤 다시 시도하세요. 기존 파일은 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="851"/>
        <source>The disk is full. Free some space and try again; files already there were not changed.</source>
        <translation>디스크가 가득 찼습니다. 공간을 비운 뒤 다시 시도하세요. 기존 파일은 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="853"/>
        <source>Permission denied: %1. Choose a folder you can write to.</source>
        <translation>권한이 없습니다: %1. 쓸 수 있는 폴더를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="854"/>
        <source>Permission denied. Choose a folder you can write to.</source>
        <translation>권한이 없습니다. 쓸 수 있는 폴더를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="856"/>
        <source>%1 cannot be used (%2).</source>
        <translation>%1을(를) 사용할 수 없습니다 (%2).</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="858"/>
        <source>Out of memory: close other programs or use a smaller area.</source>
        <translation>메모리가 부족합니다. 다른 프로그램을 닫거나 더 작은 지역으로 작업하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="860"/>
        <source>The input is nested too deeply to be read.</source>
        <translation>입력의 중첩이 너무 깊어 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="862"/>
        <source>Unexpected error (%1). This is a bug in SmartZone; please report it with the log file.</source>
        <translation>예상하지 못한 오류입니다 (%1). SmartZone의 버그이니 로그 파일과 함께 알려 주세요.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="702"/>
        <source>CR threshold</source>
        <translation>일관성 비율(CR) 기준</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="702"/>
        <source>reciprocity tolerance</source>
        <translation>역수 허용 오차</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="703"/>
        <source>method</source>
        <translation>방법</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="703"/>
        <source>objective</source>
        <translation>목표</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="704"/>
        <source>rank method</source>
        <translation>순위 가중 방법</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="704"/>
        <source>number of runs</source>
        <translation>실행 횟수</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="705"/>
        <source>concentration</source>
        <translation>집중도</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="705"/>
        <source>top k</source>
        <translation>상위 k</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="706"/>
        <source>number of steps</source>
        <translation>단계 수</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="710"/>
        <source>%1 of the standardisation %2</source>
        <translation>표준화 %2의 %1</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="715"/>
        <source>Expert %1: </source>
        <translation>전문가 %1: </translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="716"/>
        <source>The combined panel: </source>
        <translation>통합 판단: </translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="719"/>
        <source>row %1 (%2), column %3 (%4)</source>
        <translation>%1행(%2), %3열(%4)</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="727"/>
        <source>The weights name %1, which are not criteria of the scenario (criteria: %2). Give weights to these criteria only.</source>
        <translation>가중치에 시나리오의 기준이 아닌 %1이(가) 있습니다 (기준: %2). 이 기준들에만 가중치를 주세요.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="730"/>
        <source>The weights must be a list of numbers, not %1. Enter a number for each criterion.</source>
        <translation>가중치는 숫자 목록이어야 하는데 %1입니다. 기준마다 숫자를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="732"/>
        <source>%1 weights were given for %2 criteria. Give one weight per criterion.</source>
        <translation>기준은 %2개인데 가중치는 %1개입니다. 기준마다 가중치를 하나씩 주세요.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="734"/>
        <source>The weight of the criterion &apos;%1&apos; is %2, not a number. Enter a number of 0 or more.</source>
        <translation>기준 &apos;%1&apos;의 가중치 %2은(는) 숫자가 아닙니다. 0 이상의 숫자를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="736"/>
        <source>The weight of the criterion &apos;%1&apos; is %2; weights must be 0 or more. Enter 0 or a positive weight.</source>
        <translation>기준 &apos;%1&apos;의 가중치가 %2입니다. 가중치는 0 이상이어야 합니다. 0 또는 양수를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="738"/>
        <source>All weights are 0. Give at least one criterion a weight above 0.</source>
        <translation>모든 가중치가 0입니다. 적어도 한 기준에 0보다 큰 가중치를 주세요.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="739"/>
        <source>The criteria&apos;s ranks (%1) are not valid: give each criterion a rank number (1 = most important).</source>
        <translation>기준의 순위(%1)가 올바르지 않습니다. 기준마다 순위를 숫자로 주세요 (1 = 가장 중요).</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="741"/>
        <source>%1 weights need at least two districts with a value for every criterion (%2 have). Drop the criteria with many missing values or choose other weights.</source>
        <translation>%1 가중치에는 모든 기준에 값이 있는 지역이 두 곳 이상 필요합니다 (지금 %2곳). 결측값이 많은 기준을 빼거나 다른 가중치 방법을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="744"/>
        <source>Entropy</source>
        <translation>엔트로피</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="745"/>
        <source>Entropy weights on the raw values need indicators without negative values; %1 has negative values. Use CRITIC weights or entropy on the standardised values.</source>
        <translation>원자료에 대한 엔트로피 가중치에는 음수가 없는 지표가 필요한데 %1에 음수가 있습니다. CRITIC 가중치나 표준화 값에 대한 엔트로피를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="749"/>
        <source>Entropy weights need values of 0 or more. Use CRITIC weights or entropy on the standardised values.</source>
        <translation>엔트로피 가중치에는 0 이상의 값이 필요합니다. CRITIC 가중치나 표준화 값에 대한 엔트로피를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="751"/>
        <source>CRITIC weights need a value in every cell. Check the indicators for missing or infinite values.</source>
        <translation>CRITIC 가중치에는 모든 칸에 값이 있어야 합니다. 지표에 결측값이나 무한값이 있는지 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="753"/>
        <source>Unknown weighting method &apos;%1&apos;. Use one of %2.</source>
        <translation>알 수 없는 가중치 방법 &apos;%1&apos;입니다. 다음 중 하나를 쓰세요: %2.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="755"/>
        <source>The weighting method &apos;%1&apos; needs %2. Enter them first.</source>
        <translation>가중치 방법 &apos;%1&apos;에는 %2이(가) 필요합니다. 먼저 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="758"/>
        <source>The judgement %1 is not a positive number. Enter a value from 1/9 to 9.</source>
        <translation>판단값 %1은(는) 양수가 아닙니다. 1/9부터 9까지의 값을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="760"/>
        <source>the pairwise matrix holds cells that are not numbers. Enter numbers from 1/9 to 9, or leave a comparison empty.</source>
        <translation>쌍대비교 행렬에 숫자가 아닌 칸이 있습니다. 1/9부터 9까지의 숫자를 입력하거나 비교하지 않을 칸은 비워 두세요.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="762"/>
        <source>the pairwise matrix is %1, not square. Give as many rows as columns, one per criterion.</source>
        <translation>쌍대비교 행렬이 %1(으)로 정방행렬이 아닙니다. 기준마다 한 행과 한 열을 두어 행과 열의 수를 맞추세요.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="765"/>
        <source>the pairwise matrix is empty. Compare at least two criteria.</source>
        <translation>쌍대비교 행렬이 비어 있습니다. 기준을 두 개 이상 비교하세요.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="766"/>
        <source>AHP compares at most %1 criteria in one matrix (this one has %2). Group the criteria into a hierarchy.</source>
        <translation>AHP는 한 행렬에서 기준을 최대 %1개까지 비교합니다 (이 행렬은 %2개). 기준을 계층으로 묶으세요.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="769"/>
        <source>%1 criterion names for a %2 x %2 matrix. Name each row once.</source>
        <translation>%2 x %2 행렬에 기준 이름이 %1개입니다. 행마다 이름을 하나씩 주세요.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="771"/>
        <source>the comparison at %1 is %2; comparisons must be positive (1/9 to 9). Correct it or leave it empty.</source>
        <translation>%1의 비교값이 %2입니다. 비교값은 양수(1/9부터 9까지)여야 합니다. 고치거나 비워 두세요.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="774"/>
        <source>the comparison at %1 is %2, far outside Saaty&apos;s scale (1/9 to 9; at most %3 accepted). Correct it.</source>
        <translation>%1의 비교값 %2은(는) Saaty 척도(1/9부터 9까지, 최대 %3까지 허용)를 크게 벗어납니다. 고치세요.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="777"/>
        <source>the diagonal at %1 is %2; a criterion compared with itself must be 1.</source>
        <translation>대각선 %1의 값이 %2입니다. 기준을 자기 자신과 비교한 값은 1이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="779"/>
        <source>the matrix is not reciprocal at %1: %2 and %3 (their product must be 1). Enter one of the two and leave the other to be its reciprocal.</source>
        <translation>%1에서 행렬이 역수 관계가 아닙니다: %2와(과) %3 (두 값의 곱은 1이어야 합니다). 둘 중 하나만 입력하고 다른 하나는 그 역수가 되게 두세요.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="783"/>
        <source>the comparisons do not link all criteria: %1 are never compared with each other. Add at least one comparison between these groups.</source>
        <translation>비교가 모든 기준을 잇지 않습니다: %1은(는) 서로 한 번도 비교되지 않습니다. 이 묶음들 사이에 비교를 하나 이상 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="786"/>
        <source>Expert %1 compares the criteria %2, expert 1 compares %3. Give every expert the same criteria.</source>
        <translation>전문가 %1은(는) 기준 %2을(를), 전문가 1은 %3을(를) 비교합니다. 모든 전문가에게 같은 기준을 주세요.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="789"/>
        <source>No expert matrix was given. Import at least one expert&apos;s matrix.</source>
        <translation>전문가 행렬이 없습니다. 전문가 한 명 이상의 행렬을 가져오세요.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="790"/>
        <source>Expert %1&apos;s matrix is %2 x %2, expert 1&apos;s is %3 x %3. Give every expert the same criteria.</source>
        <translation>전문가 %1의 행렬은 %2 x %2, 전문가 1의 행렬은 %3 x %3입니다. 모든 전문가에게 같은 기준을 주세요.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="793"/>
        <source>The experts&apos; weights (%1) are not valid: give %2 numbers of 0 or more, not all 0.</source>
        <translation>전문가 가중치(%1)가 올바르지 않습니다. 0 이상의 숫자 %2개를 주되 모두 0이면 안 됩니다.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="796"/>
        <source>%1 must be between %2 and %3, not %4.</source>
        <translation>%1은(는) %2과(와) %3 사이여야 하는데 %4입니다.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="798"/>
        <source>%1 must be one of %2, not %3.</source>
        <translation>%1은(는) %2 중 하나여야 하는데 %3입니다.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="800"/>
        <source>%1 is required. Enter a value.</source>
        <translation>%1 값이 필요합니다. 값을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="870"/>
        <source>%1 must be true or false, not %2.</source>
        <translation>%1은(는) true나 false여야 하는데 %2입니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="870"/>
        <source>%1 must be text, not %2.</source>
        <translation>%1은(는) 텍스트여야 하는데 %2입니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="870"/>
        <source>%1 must list %2 to %3 district codes, not %4.</source>
        <translation>%1에는 지역 코드를 %2~%3개 적어야 하는데 %4입니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="870"/>
        <source>%1 must be a list of district codes, not %2.</source>
        <translation>%1은(는) 지역 코드 목록이어야 하는데 %2입니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="870"/>
        <source>The values (%1 .. %2) are too large to standardise. Rescale the indicator first (e.g. to thousands).</source>
        <translation>값(%1 .. %2)이 너무 커서 표준화할 수 없습니다. 먼저 지표의 단위를 바꾸세요(예: 천 단위).</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="801"/>
        <source>%1 must be a number, not %2.</source>
        <translation>%1은(는) 숫자여야 하는데 %2입니다.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="802"/>
        <source>%1 must be a whole number, not %2.</source>
        <translation>%1은(는) 정수여야 하는데 %2입니다.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="803"/>
        <source>%1 must be %2 or more, not %3.</source>
        <translation>%1은(는) %2 이상이어야 하는데 %3입니다.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="805"/>
        <source>%1 must be %2 or less, not %3.</source>
        <translation>%1은(는) %2 이하여야 하는데 %3입니다.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="807"/>
        <source>The standardisation %1 has no parameter %2. Its parameters: %3.</source>
        <translation>표준화 %1에는 매개변수 %2이(가) 없습니다. 매개변수: %3.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="810"/>
        <source>Unknown standardisation &apos;%1&apos;. Use one of %2.</source>
        <translation>알 수 없는 표준화 방법 &apos;%1&apos;입니다. 다음 중 하나를 쓰세요: %2.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="812"/>
        <source>The direction must be benefit (higher is better) or cost (lower is better), not &apos;%1&apos;.</source>
        <translation>방향은 편익(높을수록 좋음) 또는 비용(낮을수록 좋음)이어야 하는데 &apos;%1&apos;입니다.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="814"/>
        <source>The missing-value policy must be one of %1, not &apos;%2&apos;.</source>
        <translation>결측값 처리는 %1 중 하나여야 하는데 &apos;%2&apos;입니다.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="816"/>
        <source>The ratio standardisation divides by the values, which must all be above 0 (the smallest is %1). Use min-max instead.</source>
        <translation>비율 표준화는 값으로 나누므로 모든 값이 0보다 커야 합니다 (가장 작은 값 %1). 대신 최소-최대 표준화를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="818"/>
        <source>The standardisation %1 needs a midpoint above 0 (it is %2). Set the midpoint or use fuzzy logistic.</source>
        <translation>표준화 %1에는 0보다 큰 중간점이 필요합니다 (지금 %2). 중간점을 정하거나 퍼지 로지스틱을 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="820"/>
        <source>The exclusion rule&apos;s operator must be one of %1, not &apos;%2&apos;.</source>
        <translation>제외 조건의 연산자는 %1 중 하나여야 하는데 &apos;%2&apos;입니다.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="822"/>
        <source>The exclusion rule&apos;s value must be a number, not %1.</source>
        <translation>제외 조건의 값은 숫자여야 하는데 %1입니다.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="824"/>
        <source>The top of the score scale must be a number above 0, not %1.</source>
        <translation>점수 척도의 최댓값은 0보다 큰 숫자여야 하는데 %1입니다.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="826"/>
        <source>The reclass table has no rows. Add rows of low, high and score.</source>
        <translation>재분류 표에 행이 없습니다. 하한, 상한, 점수로 된 행을 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="827"/>
        <source>Row %1 of the reclass table must hold low, high and score, not %2.</source>
        <translation>재분류 표의 %1행에는 하한, 상한, 점수가 있어야 하는데 %2입니다.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="829"/>
        <source>Row %1 of the class table must hold a class value and a score, not %2.</source>
        <translation>분류 표의 %1행에는 분류값과 점수가 있어야 하는데 %2입니다.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="831"/>
        <source>The low value of row %1 of the reclass table must be a number or empty (open end), not %2.</source>
        <translation>재분류 표 %1행의 하한은 숫자이거나 비어 있어야(열린 끝) 하는데 %2입니다.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="833"/>
        <source>The high value of row %1 of the reclass table must be a number or empty (open end), not %2.</source>
        <translation>재분류 표 %1행의 상한은 숫자이거나 비어 있어야(열린 끝) 하는데 %2입니다.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="835"/>
        <source>In row %1 of the reclass table the low value (%2) must be less than the high value (%3).</source>
        <translation>재분류 표 %1행의 하한(%2)은 상한(%3)보다 작아야 합니다.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="838"/>
        <source>The reclass ranges overlap: %1 and the range from %2. Make each low value at least the previous high value.</source>
        <translation>재분류 구간이 겹칩니다: %1 구간과 %2부터의 구간. 각 하한을 앞 구간의 상한 이상으로 하세요.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="841"/>
        <source>must be a number from 0 to %1, not %2.</source>
        <translation>0부터 %1까지의 숫자여야 하는데 %2입니다.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="843"/>
        <source>The class table has no classes. Add at least one class value and its score.</source>
        <translation>분류 표에 분류가 없습니다. 분류값과 점수를 하나 이상 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="845"/>
        <source>The class value %1 is not a numeric code. Use the raster&apos;s class codes (e.g. 110).</source>
        <translation>분류값 %1은(는) 숫자 코드가 아닙니다. 래스터의 분류 코드(예: 110)를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="848"/>
        <source>The indicators %1 are used by more than one criterion. Keep one criterion per indicator.</source>
        <translation>지표 %1이(가) 여러 기준에 쓰였습니다. 지표마다 기준을 하나만 두세요.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="850"/>
        <source>The indicators %1 are not in the data. Available: %2. Choose indicators of the data or add their layer.</source>
        <translation>지표 %1이(가) 자료에 없습니다. 있는 지표: %2. 자료의 지표를 고르거나 그 레이어를 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="853"/>
        <source>The district codes %1 appear more than once in the data. Each district must appear once.</source>
        <translation>지역 코드 %1이(가) 자료에 두 번 이상 나옵니다. 지역마다 한 번만 나와야 합니다.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="855"/>
        <source>The indicator &apos;%1&apos; is not numeric (e.g. %2). Convert it to numbers or choose another indicator.</source>
        <translation>지표 &apos;%1&apos;은(는) 숫자가 아닙니다 (예: %2). 숫자로 바꾸거나 다른 지표를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="858"/>
        <source>The median cannot be filled in: no valid district has a value. Use the exclude or zero missing-value policy, or drop the criterion.</source>
        <translation>중앙값으로 채울 수 없습니다: 값이 있는 유효 지역이 없습니다. 결측값 처리를 제외나 0으로 바꾸거나 기준을 빼세요.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="861"/>
        <source>Only %1 districts can be chosen; %2 regions of at least %3 districts need %4. Ask for fewer regions or a smaller minimum size.</source>
        <translation>고를 수 있는 지역은 %1곳뿐인데, 최소 %3곳으로 된 권역 %2개에는 %4곳이 필요합니다. 권역 수나 최소 크기를 줄이세요.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="865"/>
        <source>The number of regions must be a whole number from 1 to %1, not %2.</source>
        <translation>권역 수는 1부터 %1까지의 정수여야 하는데 %2입니다.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="867"/>
        <source>The region sizes must satisfy 1 ≤ minimum ≤ maximum (minimum %1, maximum %2).</source>
        <translation>권역 크기는 1 ≤ 최소 ≤ 최대여야 합니다 (최소 %1, 최대 %2).</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="869"/>
        <source>Area limits need the districts&apos; areas.</source>
        <translation>면적 제한에는 지역의 면적이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="870"/>
        <source>Population limits need the districts&apos; population: add a population indicator.</source>
        <translation>인구 제한에는 지역의 인구가 필요합니다. 인구 지표를 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="872"/>
        <source>The extent limit needs the districts&apos; geometry.</source>
        <translation>범위 제한에는 지역의 도형이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="874"/>
        <source>The exact solver found no set of regions within its time limit of %1 s. Allow more time or use the region-growing method.</source>
        <translation>정확해 풀이기가 제한 시간 %1초 안에 권역을 찾지 못했습니다. 시간을 늘리거나 권역 확장 방법을 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="877"/>
        <source>No set of regions meets the limits (%1). Relax the size, area, population, extent or separation limits, or ask for fewer regions.</source>
        <translation>제한을 모두 만족하는 권역이 없습니다 (%1). 크기, 면적, 인구, 범위 또는 간격 제한을 완화하거나 권역 수를 줄이세요.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="880"/>
        <source>Region growing found only %1 of %2 separate regions within the limits. Relax the limits, ask for fewer regions or use the exact method.</source>
        <translation>권역 확장으로 제한 안에서 서로 떨어진 권역을 %2개 중 %1개만 찾았습니다. 제한을 완화하거나 권역 수를 줄이거나 정확해 방법을 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="884"/>
        <source>The method &apos;%1&apos; does not use criterion weights, so varying the weights cannot change its ranking. Choose a weighted method (e.g. WLC).</source>
        <translation>평가 방법 &apos;%1&apos;은(는) 기준 가중치를 쓰지 않아 가중치를 바꿔도 순위가 바뀌지 않습니다. 가중치를 쓰는 방법(예: WLC)을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="887"/>
        <source>%1 runs over %2 districts need too much memory. Use at most %3 runs.</source>
        <translation>지역 %2곳에 대한 %1회 실행에는 메모리가 너무 많이 필요합니다. 실행 횟수를 최대 %3회로 하세요.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="890"/>
        <source>%1 must be a number above %2, not %3.</source>
        <translation>%1은(는) %2보다 큰 숫자여야 하는데 %3입니다.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="892"/>
        <source>%1 must be a whole number of %2 or more, not %3.</source>
        <translation>%1은(는) %2 이상의 정수여야 하는데 %3입니다.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="900"/>
        <source>Criterion &apos;%1&apos;: %2</source>
        <translation>기준 &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="905"/>
        <source>The score of row %1 of the reclass table</source>
        <translation>재분류 표 %1행의 점수는</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="907"/>
        <source>The score of the class %1</source>
        <translation>분류 %1의 점수는</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="908"/>
        <source>The score for values not listed</source>
        <translation>표에 없는 값의 점수는</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="809"/>
        <source>The standardisation %1 takes no parameters; remove %2.</source>
        <translation>표준화 %1은(는) 매개변수 %2을(를) 받지 않습니다. 지우세요.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="789"/>
        <source>%1, row &apos;%2&apos;, column &apos;%3&apos;: &apos;%4&apos; is not a judgement. Use 1/9 to 9, e.g. 3 or 1/3, or leave the cell empty.</source>
        <translation>%1, &apos;%2&apos;행 &apos;%3&apos;열: &apos;%4&apos;은(는) 판단값이 아닙니다. 1/9부터 9까지(예: 3 또는 1/3)를 쓰거나 칸을 비워 두세요.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="792"/>
        <source>%1 is not a pairwise matrix: put the criteria in the first column and in the header row.</source>
        <translation>%1은(는) 쌍대비교 행렬이 아닙니다. 기준을 첫 열과 머리글 행에 두세요.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="794"/>
        <source>%1 has %2 rows but %3 columns; a pairwise matrix has one row and one column per criterion.</source>
        <translation>%1은(는) %2행 %3열입니다. 쌍대비교 행렬에는 기준마다 한 행과 한 열이 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="797"/>
        <source>In %1 the row names (%2) differ from the column names (%3). Name the rows and columns with the same criteria.</source>
        <translation>%1의 행 이름(%2)이 열 이름(%3)과 다릅니다. 행과 열에 같은 기준 이름을 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="800"/>
        <source>%1 cannot be read as a matrix (%2). Save it as CSV or XLSX with the criteria in the first column and the header.</source>
        <translation>%1을(를) 행렬로 읽을 수 없습니다 (%2). 기준을 첫 열과 머리글에 둔 CSV 또는 XLSX로 저장하세요.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="803"/>
        <source>The matrix&apos;s criteria %1 do not match this scenario&apos;s %2.</source>
        <translation>행렬의 기준 %1이(가) 이 시나리오의 기준 %2과(와) 맞지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="706"/>
        <source>curve</source>
        <translation>곡선</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="706"/>
        <source>shape</source>
        <translation>모양</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="707"/>
        <source>multiple-testing correction</source>
        <translation>다중검정 보정</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="707"/>
        <source>permutations</source>
        <translation>순열 횟수</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="708"/>
        <source>significance level</source>
        <translation>유의수준</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="708"/>
        <source>patch shape</source>
        <translation>패치 모양</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="709"/>
        <source>preference function</source>
        <translation>선호 함수</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="709"/>
        <source>time limit</source>
        <translation>제한 시간</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="710"/>
        <source>optimality gap</source>
        <translation>최적성 허용 차이</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="906"/>
        <source>Unknown scoring method &apos;%1&apos;. Use one of %2.</source>
        <translation>알 수 없는 평가 방법 &apos;%1&apos;입니다. 다음 중 하나를 쓰세요: %2.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="908"/>
        <source>The scoring method &apos;%1&apos; is a plug-in that failed to load. Use one of %2, or repair the plug-in.</source>
        <translation>평가 방법 &apos;%1&apos;은(는) 불러오지 못한 플러그인입니다. %2 중 하나를 쓰거나 플러그인을 고치세요.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="911"/>
        <source>The scoring plug-in &apos;%1&apos; could not be started (%2). Choose another method or repair the plug-in.</source>
        <translation>평가 플러그인 &apos;%1&apos;을(를) 시작할 수 없습니다 (%2). 다른 방법을 고르거나 플러그인을 고치세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="933"/>
        <source>The scoring plug-in &apos;%1&apos; (%2) failed (%3). Choose another method or update the plug-in.</source>
        <translation>평가 플러그인 &apos;%1&apos;(%2)이(가) 실패했습니다 (%3). 다른 방법을 고르거나 플러그인을 업데이트하세요.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/error_words.py" line="933"/>
        <source>The scoring plug-in &apos;%1&apos; returned an invalid result (%2). Choose another method or tell the plug-in&apos;s author.</source>
        <translation>평가 플러그인 &apos;%1&apos;이(가) 잘못된 결과를 돌려주었습니다 (%2). 다른 방법을 고르거나 플러그인 작성자에게 알리세요.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="914"/>
        <source>The scoring method &apos;%1&apos; has no parameter &apos;%2&apos;. Its parameters: %3.</source>
        <translation>평가 방법 &apos;%1&apos;에는 매개변수 &apos;%2&apos;이(가) 없습니다. 매개변수: %3.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="917"/>
        <source>%1 must be more than 0, not %2.</source>
        <translation>%1은(는) 0보다 커야 하는데 %2입니다.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="918"/>
        <source>The values have no spread (all alike), so the MS large/small membership cannot be computed. Use another standardisation.</source>
        <translation>값이 모두 같아 퍼짐이 없으므로 MS 큰값/작은값 소속도를 계산할 수 없습니다. 다른 표준화를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="920"/>
        <source>The control points must be in the order %1 (now %2). Correct them.</source>
        <translation>제어점은 %1 순서여야 합니다 (지금 %2). 고치세요.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="922"/>
        <source>The grid has no criteria. Add at least one criterion naming a raster.</source>
        <translation>격자에 기준이 없습니다. 래스터를 가리키는 기준을 하나 이상 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="924"/>
        <source>The rasters of the grid are not of one size (%1). Align them to one grid first.</source>
        <translation>격자의 래스터 크기가 서로 다릅니다 (%1). 먼저 한 격자에 맞추세요.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="926"/>
        <source>The method &apos;%1&apos; compares every cell with all others, which a large raster cannot do. Use one of %2 for grids.</source>
        <translation>평가 방법 &apos;%1&apos;은(는) 모든 셀을 다른 모든 셀과 비교하므로 큰 래스터에는 쓸 수 없습니다. 격자에는 %2 중 하나를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="929"/>
        <source>The standardisation &apos;%1&apos; ranks every cell at once, which a raster larger than memory cannot do. Use min-max or a fuzzy membership for grids.</source>
        <translation>표준화 &apos;%1&apos;은(는) 모든 셀의 순위를 한꺼번에 매기므로 메모리보다 큰 래스터에는 쓸 수 없습니다. 격자에는 최소-최대 정규화나 퍼지 소속도를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="933"/>
        <source>%1 cells have no value and the missing-value policy is median, which a raster scored in windows cannot fill in. Use exclude or zero.</source>
        <translation>셀 %1개에 값이 없는데 결측값 처리가 중앙값입니다. 창 단위로 평가하는 래스터에서는 중앙값으로 채울 수 없습니다. 제외나 0을 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="936"/>
        <source>The patch area must be at least one cell, not %1.</source>
        <translation>패치 면적은 한 셀 이상이어야 하는데 %1입니다.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="937"/>
        <source>The number of patches must be 1 or more and the gap 0 or more (now %1 and %2).</source>
        <translation>패치 수는 1 이상, 간격은 0 이상이어야 합니다 (지금 %1, %2).</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="939"/>
        <source>The linear preference function needs 0 ≤ q &lt; p (the indifference below the preference threshold); now q = %1, p = %2.</source>
        <translation>선형 선호 함수에는 0 ≤ q &lt; p (무차별 임계값이 선호 임계값보다 작음)가 필요합니다. 지금 q = %1, p = %2입니다.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="942"/>
        <source>None of the districts %1 is a scored district (unknown: %2; excluded: %3). Choose at least one scored district.</source>
        <translation>지역 %1 중 평가된 지역이 없습니다 (알 수 없음: %2, 제외됨: %3). 평가된 지역을 하나 이상 고르세요.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="945"/>
        <source>All %1 districts are labelled as suitable; leave at least one unlabelled.</source>
        <translation>지역 %1곳 모두가 적합으로 표시되었습니다. 적어도 한 곳은 표시하지 마세요.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="947"/>
        <source>Classical TOPSIS (vector normalisation) needs the raw values of every scored district. Use the standardised values.</source>
        <translation>고전적 TOPSIS(벡터 정규화)에는 평가된 모든 지역의 원자료가 필요합니다. 표준화 값을 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="949"/>
        <source>Classical TOPSIS (vector normalisation) cannot use an indicator with both negative and positive values. Use the standardised values for it.</source>
        <translation>고전적 TOPSIS(벡터 정규화)에는 음수와 양수가 섞인 지표를 쓸 수 없습니다. 그 지표에는 표준화 값을 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="952"/>
        <source>The transformation gives the same value at both thresholds. Widen the thresholds or change its parameters.</source>
        <translation>변환이 두 임계값에서 같은 값을 줍니다. 임계값 간격을 넓히거나 매개변수를 바꾸세요.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="954"/>
        <source>The lower threshold (%1) must be less than the upper one (%2).</source>
        <translation>하한 임계값(%1)은 상한 임계값(%2)보다 작아야 합니다.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="956"/>
        <source>The shift (%1) must be below the lower threshold (%2).</source>
        <translation>이동값(%1)은 하한 임계값(%2)보다 작아야 합니다.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="958"/>
        <source>The shift (%1) must not exceed the lower threshold (%2).</source>
        <translation>이동값(%1)은 하한 임계값(%2)을 넘을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="961"/>
        <source>The solver found no plan within the time limit of %1 s (%2). Allow more time or relax the rules.</source>
        <translation>풀이기가 제한 시간 %1초 안에 계획을 찾지 못했습니다 (%2). 시간을 늘리거나 규칙을 완화하세요.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="988"/>
        <source>The cost of the solution &apos;%1&apos; must be a number (in 100M KRW), not %2.</source>
        <translation>솔루션 &apos;%1&apos;의 비용은 숫자(억원)여야 하는데 %2입니다.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="991"/>
        <source>The value of the solution &apos;%1&apos; must be a number, not %2.</source>
        <translation>솔루션 &apos;%1&apos;의 가치는 숫자여야 하는데 %2입니다.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="993"/>
        <source>The share must be a number from 0 to 1, not %1.</source>
        <translation>비중은 0부터 1까지의 숫자여야 하는데 %1입니다.</translation>
    </message>
    <message>
        <location filename="../../work/wt/lang2/app/drawing/error_words.py" line="994"/>
        <source>%1 must be a number (in 100M KRW), not %2.</source>
        <translation>%1은(는) 숫자(억원)여야 하는데 %2입니다.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../app/gui/widgets/export_dialog.py" line="82"/>
        <source>⚠ %1 is a legacy system on the Bessel 1841 ellipsoid: converting from Korea 2000 needs a datum shift (%2, stated accuracy %3). Positions may differ by metres from other data; use it only when the recipient asks for it.</source>
        <translation>⚠ %1은(는) Bessel 1841 타원체 기반의 구 좌표계입니다. Korea 2000에서 변환하려면 datum 변환(%2, 명시 정확도 %3)이 필요하며 다른 자료와 수 m 차이가 날 수 있습니다. 받는 기관이 요구할 때만 사용하세요.</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/export_dialog.py" line="164"/>
        <source>district code</source>
        <translation>지역 코드</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/export_dialog.py" line="164"/>
        <source>district name</source>
        <translation>지역 이름</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/export_dialog.py" line="165"/>
        <source>province</source>
        <translation>시도</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/export_dialog.py" line="165"/>
        <source>score (0–100)</source>
        <translation>점수 (0–100)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/export_dialog.py" line="166"/>
        <source>rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/export_dialog.py" line="167"/>
        <source>reason for exclusion</source>
        <translation>제외 사유</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/export_dialog.py" line="168"/>
        <source>contribution: %1</source>
        <translation>기여: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/export_dialog.py" line="180"/>
        <source>Map image</source>
        <translation>지도 이미지</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/export_dialog.py" line="182"/>
        <source>Features</source>
        <translation>객체 수</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/export_dialog.py" line="184"/>
        <location filename="../../app/gui/widgets/export_dialog.py" line="298"/>
        <source>Coordinate system</source>
        <translation>좌표계</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/export_dialog.py" line="185"/>
        <location filename="../../app/gui/widgets/export_dialog.py" line="281"/>
        <source>Encoding</source>
        <translation>인코딩</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/export_dialog.py" line="188"/>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/export_dialog.py" line="191"/>
        <source>Fields (full name → name in the file):</source>
        <translation>필드 (전체 이름 → 파일 안의 이름):</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/export_dialog.py" line="192"/>
        <source>shortened</source>
        <translation>줄임</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/export_dialog.py" line="200"/>
        <source>Repaired geometries</source>
        <translation>고친 도형</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/export_dialog.py" line="202"/>
        <source>Files</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/export_dialog.py" line="251"/>
        <source>Export scores</source>
        <translation>점수 내보내기</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/export_dialog.py" line="270"/>
        <source>Scenario</source>
        <translation>시나리오</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/export_dialog.py" line="276"/>
        <source>Format</source>
        <translation>형식</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/export_dialog.py" line="287"/>
        <source>Custom EPSG code…</source>
        <translation>사용자 지정 EPSG 코드…</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/export_dialog.py" line="290"/>
        <source>EPSG code, e.g. 5179</source>
        <translation>EPSG 코드 (예: 5179)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/export_dialog.py" line="305"/>
        <source>Zip all parts into one file</source>
        <translation>모든 파일을 zip 하나로 묶기</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/export_dialog.py" line="311"/>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/export_dialog.py" line="315"/>
        <source>Output folder</source>
        <translation>출력 폴더</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/export_dialog.py" line="317"/>
        <source>File name</source>
        <translation>파일 이름</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/export_dialog.py" line="331"/>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/export_dialog.py" line="360"/>
        <source>Choose output folder</source>
        <translation>출력 폴더 선택</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/export_dialog.py" line="403"/>
        <source>Unknown EPSG code: %1</source>
        <translation>알 수 없는 EPSG 코드: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/export_dialog.py" line="466"/>
        <source>Replace existing files?</source>
        <translation>기존 파일을 바꿀까요?</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/export_dialog.py" line="467"/>
        <source>These files already exist:
%1

Replace them?</source>
        <translation>다음 파일이 이미 있습니다:
%1

바꿀까요?</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/export_dialog.py" line="479"/>
        <source>Choose an output folder.</source>
        <translation>출력 폴더를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/export_dialog.py" line="482"/>
        <source>Give a file name.</source>
        <translation>파일 이름을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/export_dialog.py" line="488"/>
        <source>Export cancelled: nothing was replaced.</source>
        <translation>내보내기를 취소했습니다. 아무 파일도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/export_dialog.py" line="494"/>
        <source>Exporting…</source>
        <translation>내보내는 중…</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/export_dialog.py" line="524"/>
        <source>Written</source>
        <translation>저장됨</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/export_dialog.py" line="74"/>
        <source>ESRI Shapefile (.shp)</source>
        <extracomment>Format id -&gt; (label, main file suffix): the core&apos;s export formats, then the PDF report. Offered CRSs (EPSG code, label); &quot;custom&quot; lets the user type any EPSG code. The labels above, marked for translation: the dialog shows them in the UI language (the core&apos;s English labels stay the command line&apos;s and the API&apos;s). A label without a marker stays English.</extracomment>
        <translation>ESRI 셰이프파일 (.shp)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/export_dialog.py" line="75"/>
        <source>GeoPackage (.gpkg)</source>
        <translation>GeoPackage (.gpkg)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/export_dialog.py" line="76"/>
        <source>CSV table (.csv, UTF-8 with BOM)</source>
        <translation>CSV 표 (.csv, BOM 포함 UTF-8)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/export_dialog.py" line="77"/>
        <source>PDF report (.pdf + map .png)</source>
        <translation>PDF 보고서 (.pdf + 지도 .png)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/export_dialog.py" line="78"/>
        <source>CP949 (EUC-KR, Korean Windows / ArcGIS)</source>
        <translation>CP949 (EUC-KR, 한글 Windows / ArcGIS)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/export_dialog.py" line="79"/>
        <source>EPSG:5174 — Korean 1985 / Modified Central Belt (Bessel, legacy)</source>
        <translation>EPSG:5174 — Korean 1985 수정 중부원점 (Bessel, 구 좌표계)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/export_dialog.py" line="539"/>
        <source>Export failed: %1</source>
        <translation>내보내기 실패: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/export_dialog.py" line="76"/>
        <source>EPSG:5179 — Korea 2000 / Unified CS (UTM-K)</source>
        <translation>EPSG:5179 — Korea 2000 통합좌표계 (UTM-K)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/export_dialog.py" line="77"/>
        <source>EPSG:5186 — Korea 2000 / Central Belt 2010</source>
        <translation>EPSG:5186 — Korea 2000 중부원점 2010</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/export_dialog.py" line="78"/>
        <source>EPSG:5185 — Korea 2000 / West Belt 2010</source>
        <translation>EPSG:5185 — Korea 2000 서부원점 2010</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/export_dialog.py" line="79"/>
        <source>EPSG:5187 — Korea 2000 / East Belt 2010</source>
        <translation>EPSG:5187 — Korea 2000 동부원점 2010</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/export_dialog.py" line="80"/>
        <source>EPSG:5188 — Korea 2000 / East Sea Belt 2010</source>
        <translation>EPSG:5188 — Korea 2000 동해(울릉)원점 2010</translation>
    </message>
</context>
<context>
    <name>GridActions</name>
    <message>
        <location filename="../../app/gui/widgets/grid_actions.py" line="54"/>
        <source>Dask scheduler</source>
        <translation>Dask 스케줄러</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/grid_actions.py" line="55"/>
        <source>Run zonal statistics and grid suitability on this Dask scheduler (e.g. tcp://10.0.0.5:8786; only a trusted machine). Leave empty to compute on this computer.</source>
        <translation>구역 통계와 격자 적합성 분석을 이 Dask 스케줄러에서 실행합니다 (예: tcp://10.0.0.5:8786; 신뢰하는 컴퓨터만). 비워 두면 이 컴퓨터에서 계산합니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/grid_actions.py" line="63"/>
        <source>Write the scheduler address as tcp://HOST:PORT or tls://HOST:PORT.</source>
        <translation>스케줄러 주소는 tcp://호스트:포트 또는 tls://호스트:포트 형식으로 적으십시오.</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/grid_actions.py" line="89"/>
        <source>Grid recipe</source>
        <translation>격자 분석 설정 파일</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/grid_actions.py" line="90"/>
        <source>Grid recipes (*.toml *.json)</source>
        <translation>격자 분석 설정 (*.toml *.json)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/grid_actions.py" line="94"/>
        <source>Write suitability GeoTIFF</source>
        <translation>적합성 GeoTIFF 저장</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/grid_actions.py" line="95"/>
        <source>GeoTIFF (*.tif)</source>
        <translation>GeoTIFF (*.tif)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/grid_actions.py" line="103"/>
        <source>Grid suitability written to %1</source>
        <translation>격자 적합성을 %1에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/grid_actions.py" line="114"/>
        <source>Grid suitability cancelled; nothing was written.</source>
        <translation>격자 적합성 분석을 취소했습니다. 아무 파일도 쓰지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/grid_actions.py" line="116"/>
        <source>Grid suitability…</source>
        <translation>격자 적합성 분석 중…</translation>
    </message>
</context>
<context>
    <name>Hotspots</name>
    <message>
        <location filename="../../app/core/hotspots.py" line="35"/>
        <source>HH high-high (hot spot)</source>
        <extracomment>Label -&gt; (colour, legend text in English). Colours as GeoDa&apos;s LISA cluster map; the text is worded by :func:`cluster_words` from the .ts (context ``Hotspots``).</extracomment>
        <translation>HH 고-고 (핫스팟)</translation>
    </message>
    <message>
        <location filename="../../app/core/hotspots.py" line="36"/>
        <source>LL low-low (cold spot)</source>
        <translation>LL 저-저 (콜드스팟)</translation>
    </message>
    <message>
        <location filename="../../app/core/hotspots.py" line="37"/>
        <source>HL high-low (outlier)</source>
        <translation>HL 고-저 (이상치)</translation>
    </message>
    <message>
        <location filename="../../app/core/hotspots.py" line="38"/>
        <source>LH low-high (outlier)</source>
        <translation>LH 저-고 (이상치)</translation>
    </message>
    <message>
        <location filename="../../app/core/hotspots.py" line="39"/>
        <source>hot spot (Gi*)</source>
        <translation>핫스팟 (Gi*)</translation>
    </message>
    <message>
        <location filename="../../app/core/hotspots.py" line="40"/>
        <source>cold spot (Gi*)</source>
        <translation>콜드스팟 (Gi*)</translation>
    </message>
    <message>
        <location filename="../../app/core/hotspots.py" line="41"/>
        <source>not significant</source>
        <translation>유의하지 않음</translation>
    </message>
</context>
<context>
    <name>IdentifyPanel</name>
    <message>
        <location filename="../../app/gui/widgets/identify_panel.py" line="66"/>
        <source>Criterion</source>
        <translation>기준</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/identify_panel.py" line="66"/>
        <source>Raw value</source>
        <translation>원자료 값</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/identify_panel.py" line="66"/>
        <source>Standardised (0-1)</source>
        <translation>표준화 값 (0-1)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/identify_panel.py" line="67"/>
        <source>Weight</source>
        <translation>가중치</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/identify_panel.py" line="67"/>
        <source>Points</source>
        <translation>점수 기여</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/identify_panel.py" line="84"/>
        <source>Click a district on the map to see its values.</source>
        <translation>지도에서 지역을 누르면 값이 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/identify_panel.py" line="120"/>
        <source>Data of %1</source>
        <translation>%1년 자료</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/identify_panel.py" line="94"/>
        <source>Excluded: %1</source>
        <translation>제외: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/identify_panel.py" line="96"/>
        <source>Score %1 · rank %2 of %3</source>
        <translation>점수 %1 · %3개 중 %2위</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/identify_panel.py" line="99"/>
        <source>No score</source>
        <translation>점수 없음</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/identify_panel.py" line="117"/>
        <source>Column %1 of the indicator table</source>
        <translation>지표 표의 %1 열</translation>
    </message>
</context>
<context>
    <name>LayersPanel</name>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="109"/>
        <source>Opacity</source>
        <translation>불투명도</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="116"/>
        <source>Add…</source>
        <translation>추가…</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="117"/>
        <source>Add a vector (GPKG, SHP, GeoJSON), raster (GeoTIFF) or table (CSV, XLSX)</source>
        <translation>벡터(GPKG, SHP, GeoJSON), 래스터(GeoTIFF), 표(CSV, XLSX) 추가</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="120"/>
        <source>Move up</source>
        <translation>위로</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="123"/>
        <source>Move down</source>
        <translation>아래로</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="125"/>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="127"/>
        <source>Properties</source>
        <translation>속성</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="221"/>
        <source>Remove layer</source>
        <translation>레이어 삭제</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="222"/>
        <source>This is the districts layer used for scoring. Remove it anyway?</source>
        <translation>평가에 쓰는 경계 레이어입니다. 그래도 삭제할까요?</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="229"/>
        <source>Add layers</source>
        <translation>레이어 추가</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="236"/>
        <source>All supported</source>
        <translation>지원 형식</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="236"/>
        <source>Vector</source>
        <translation>벡터</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="237"/>
        <source>Raster</source>
        <translation>래스터</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="237"/>
        <source>Tables</source>
        <translation>표</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="246"/>
        <source>This file type is not supported. Use GeoPackage, Shapefile, GeoJSON, GeoTIFF, CSV or XLSX.</source>
        <translation>지원하지 않는 파일 형식입니다. GeoPackage, Shapefile, GeoJSON, GeoTIFF, CSV, XLSX를 사용하세요.</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="249"/>
        <source>Checking %1…</source>
        <translation>%1 확인 중…</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="281"/>
        <source>Added %1 (%2)</source>
        <translation>%1 추가됨 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="286"/>
        <source>Cannot add layer</source>
        <translation>레이어를 추가할 수 없음</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="287"/>
        <source>%1 could not be added.</source>
        <translation>%1 파일을 추가할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="303"/>
        <source>Land cover MODIS 2019</source>
        <translation>토지피복 MODIS 2019</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="305"/>
        <source>%1 boundaries 2020</source>
        <translation>%1 경계 2020</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="307"/>
        <source>%1 indicators</source>
        <translation>%1 지표</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="314"/>
        <source>vector layer</source>
        <translation>벡터 레이어</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="314"/>
        <source>raster layer</source>
        <translation>래스터 레이어</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="314"/>
        <source>table</source>
        <translation>표</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="315"/>
        <source>districts (scored)</source>
        <translation>평가 대상 지역</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="315"/>
        <source>indicator table</source>
        <translation>지표 표</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="316"/>
        <source>land cover</source>
        <translation>토지피복</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="317"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="317"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="318"/>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="318"/>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="325"/>
        <source>Cannot read the file: %1</source>
        <translation>파일을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="336"/>
        <source>%1-bit unsigned integer</source>
        <translation>%1비트 부호 없는 정수</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="336"/>
        <source>%1-bit integer</source>
        <translation>%1비트 정수</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="337"/>
        <source>%1-bit floating point</source>
        <translation>%1비트 실수</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="348"/>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="350"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="351"/>
        <source>Driver</source>
        <translation>드라이버</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="354"/>
        <source>Sheet</source>
        <translation>시트</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="356"/>
        <source>Header</source>
        <translation>머리글</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="356"/>
        <source>line %1</source>
        <translation>%1번째 줄</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="357"/>
        <source>Rows</source>
        <translation>행</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="358"/>
        <source>Code column</source>
        <translation>코드 열</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="359"/>
        <source>Name column</source>
        <translation>이름 열</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="362"/>
        <source>Layers in the file</source>
        <translation>파일의 레이어</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="363"/>
        <source>Layer</source>
        <translation>레이어</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="366"/>
        <source>Coordinate system</source>
        <translation>좌표계</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="366"/>
        <source>unknown (no EPSG code)</source>
        <translation>알 수 없음 (EPSG 코드 없음)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="369"/>
        <source>Features</source>
        <translation>객체 수</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="370"/>
        <source>points</source>
        <translation>점</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="370"/>
        <source>multi-points</source>
        <translation>다중 점</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="371"/>
        <source>lines</source>
        <translation>선</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="371"/>
        <source>multi-lines</source>
        <translation>다중 선</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="372"/>
        <source>polygons</source>
        <translation>면</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="372"/>
        <source>multi-polygons</source>
        <translation>다중 면</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="374"/>
        <source>Geometry</source>
        <translation>도형</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="374"/>
        <source>none (attribute table)</source>
        <translation>없음 (속성 표)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="376"/>
        <source>from the .cpg file</source>
        <translation>.cpg 파일 기준</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="376"/>
        <source>detected from the bytes</source>
        <translation>바이트에서 판별</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="377"/>
        <source>ASCII only</source>
        <translation>ASCII 문자만</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="377"/>
        <source>fixed by the format</source>
        <translation>형식이 정함</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="378"/>
        <source>given</source>
        <translation>지정됨</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="379"/>
        <source>Encoding</source>
        <translation>인코딩</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="381"/>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="381"/>
        <source>%1 x %2 pixels, %3 band(s)</source>
        <translation>%1 x %2 픽셀, 밴드 %3개</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="383"/>
        <source>Data type</source>
        <translation>자료형</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="384"/>
        <source>No-data</source>
        <translation>무자료 값</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="386"/>
        <source>Pixel size</source>
        <translation>픽셀 크기</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="389"/>
        <source>Extent</source>
        <translation>범위</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="391"/>
        <source>District code / name</source>
        <translation>지역 코드 / 이름</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="395"/>
        <source>Fields (%1): %2</source>
        <translation>필드 (%1개): %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/layers_panel.py" line="409"/>
        <source>Layer properties</source>
        <translation>레이어 속성</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="320"/>
        <source>Candidate &amp;regions…</source>
        <translation>후보 권역(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="321"/>
        <source>Groups of neighbouring districts with the best scores</source>
        <translation>점수가 가장 높은 인접 지역의 묶음</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="1038"/>
        <source>Candidate regions</source>
        <translation>후보 권역</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="256"/>
        <source>Plan</source>
        <translation>배치 계획</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="692"/>
        <source>Hot spots of the score (LISA)</source>
        <translation>점수의 핫스팟 (LISA)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="748"/>
        <source>Hot spots (local Moran&apos;s I, FDR 5%)</source>
        <translation>핫스팟 (국지적 Moran&apos;s I, FDR 5%)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="745"/>
        <source>Hot spots could not be computed: %1</source>
        <translation>핫스팟을 계산할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="135"/>
        <source>Loading SmartZone…</source>
        <translation>SmartZone 여는 중…</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="179"/>
        <source>Loading map…</source>
        <translation>지도를 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="201"/>
        <source>Cannot open project:</source>
        <translation>프로젝트를 열 수 없습니다:</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="224"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="242"/>
        <source>Layers</source>
        <translation>레이어</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="243"/>
        <source>Criteria</source>
        <translation>평가 기준</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="245"/>
        <source>Results</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="250"/>
        <source>Identify</source>
        <translation>지역 정보</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="293"/>
        <source>&amp;New demo project</source>
        <translation>새 데모 프로젝트(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="294"/>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="295"/>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="296"/>
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="297"/>
        <source>Export map image…</source>
        <translation>지도 이미지 내보내기…</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="298"/>
        <source>Add layer…</source>
        <translation>레이어 추가…</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="300"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="301"/>
        <location filename="../../app/gui/widgets/main_window.py" line="565"/>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="302"/>
        <location filename="../../app/gui/widgets/main_window.py" line="566"/>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="303"/>
        <source>Zoom &amp;in</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="305"/>
        <source>Zoom &amp;out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="306"/>
        <source>&amp;Full extent</source>
        <translation>전체 보기(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="308"/>
        <source>Zoom to &amp;layer</source>
        <translation>레이어에 맞춤(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="309"/>
        <source>Zoom to &amp;selection</source>
        <translation>선택 영역으로(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="311"/>
        <source>&amp;About SmartZone</source>
        <translation>SmartZone 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="312"/>
        <source>&amp;Export scores…</source>
        <translation>점수 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="313"/>
        <source>&amp;Compare scenarios</source>
        <translation>시나리오 비교(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="314"/>
        <source>&amp;Import candidate map…</source>
        <translation>후보지 지도 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="326"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="328"/>
        <source>Open &amp;recent</source>
        <translation>최근 프로젝트(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="336"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="338"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="344"/>
        <source>&amp;Analysis</source>
        <translation>분석(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="349"/>
        <source>&amp;Settings</source>
        <translation>설정(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="351"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="361"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="365"/>
        <source>Main</source>
        <translation>기본</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="377"/>
        <source>Map style</source>
        <translation>지도 스타일</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="380"/>
        <source>Level</source>
        <translation>단위</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="386"/>
        <source>Map</source>
        <translation>지도</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="391"/>
        <source>Classes</source>
        <translation>등급 구분</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="407"/>
        <source>Colour ramp of the map and its legend</source>
        <translation>지도와 범례의 색상 램프</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="476"/>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="477"/>
        <source>The project has unsaved changes. Save them before closing?</source>
        <translation>저장하지 않은 변경 사항이 있습니다. 닫기 전에 저장할까요?</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="496"/>
        <source>Open project</source>
        <translation>프로젝트 열기</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="507"/>
        <source>Cannot open project</source>
        <translation>프로젝트를 열 수 없음</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="522"/>
        <source>Save project as</source>
        <translation>프로젝트를 다른 이름으로 저장</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="529"/>
        <source>Cannot save project</source>
        <translation>프로젝트를 저장할 수 없음</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="532"/>
        <source>Saved %1</source>
        <translation>%1 저장함</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="544"/>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="553"/>
        <source>Undone: %1</source>
        <translation>실행 취소: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="558"/>
        <source>Redone: %1</source>
        <translation>다시 실행: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="572"/>
        <source>SmartZone demo</source>
        <translation>SmartZone 데모</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="573"/>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="668"/>
        <source>scored in %1 ms</source>
        <translation>평가 %1 ms</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="685"/>
        <location filename="../../app/gui/widgets/main_window.py" line="691"/>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="681"/>
        <source>Score (%1)</source>
        <translation>점수 (%1)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="683"/>
        <source>Data of %1</source>
        <translation>%1년 자료</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="700"/>
        <source>Standardised: %1</source>
        <translation>표준화 값: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="755"/>
        <source>Tip: choose “%1” in the Map list to map the raw indicator.</source>
        <translation>도움말: 지도 목록에서 “%1”을(를) 고르면 원 지표를 지도로 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="906"/>
        <source>Export map image</source>
        <translation>지도 이미지 내보내기</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="911"/>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="911"/>
        <source>Could not write %1</source>
        <translation>%1에 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="929"/>
        <location filename="../../app/gui/widgets/main_window.py" line="940"/>
        <location filename="../../app/gui/widgets/main_window.py" line="945"/>
        <source>Import candidate map</source>
        <translation>후보지 지도 가져오기</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="930"/>
        <source>Vector files</source>
        <translation>벡터 파일</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="930"/>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="941"/>
        <source>Field with the scores or ranks:</source>
        <translation>점수 또는 순위가 든 필드:</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="944"/>
        <source>Scores (higher is better)</source>
        <translation>점수 (클수록 좋음)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="944"/>
        <source>Ranks (1 is best)</source>
        <translation>순위 (1이 최고)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="946"/>
        <source>The field holds:</source>
        <translation>필드 내용:</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="963"/>
        <source>scores</source>
        <translation>점수</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="963"/>
        <source>ranks</source>
        <translation>순위</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="965"/>
        <source>%1 [%2]: %3 districts, %4 from the field “%5”</source>
        <translation>%1 [%2]: 지역 %3곳, 필드 “%5”의 %4</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="967"/>
        <source>matched %1 districts; not in the project: %2; project districts missing from the file: %3</source>
        <translation>맞춘 지역 %1곳; 프로젝트에 없는 지역: %2곳; 파일에 없는 프로젝트 지역: %3곳</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="971"/>
        <source>no value for %1 districts</source>
        <translation>값이 없는 지역 %1곳</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="974"/>
        <source>scores %1–%2 rescaled to 0–100</source>
        <translation>점수 %1–%2을(를) 0–100으로 환산</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="1059"/>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="1066"/>
        <source>About SmartZone</source>
        <translation>SmartZone 정보</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="1067"/>
        <source>&lt;b&gt;SmartZone&lt;/b&gt;&lt;br&gt;Site selection for Korean smart-city special zones and shrinking cities.&lt;br&gt;&lt;br&gt;Fonts: Nanum Gothic (SIL Open Font License).</source>
        <translation>&lt;b&gt;SmartZone&lt;/b&gt;&lt;br&gt;스마트도시 특화단지·소멸위기 도시 입지 선정 도구&lt;br&gt;&lt;br&gt;글꼴: 나눔고딕 (SIL Open Font License)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="1073"/>
        <source>Language changed. Some texts update after a restart.</source>
        <translation>언어를 바꿨습니다. 일부 문구는 다시 시작한 뒤 바뀝니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="315"/>
        <source>&amp;Zonal statistics…</source>
        <translation>구역 통계(&amp;Z)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="316"/>
        <source>Summarise a land-cover raster over the districts as new indicators</source>
        <translation>토지피복 래스터를 구역별로 요약해 새 지표로 만듭니다</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="609"/>
        <source>Loading cancelled; the previous data is kept.</source>
        <translation>불러오기를 취소했습니다. 이전 데이터를 그대로 씁니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="317"/>
        <source>&amp;Grid suitability…</source>
        <translation>격자 적합성 분석(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="318"/>
        <source>Score raster criteria cell by cell into a suitability GeoTIFF layer</source>
        <translation>래스터 기준을 격자별로 평가해 적합성 GeoTIFF 레이어를 만듭니다</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="319"/>
        <source>&amp;Dask scheduler…</source>
        <translation>Dask 스케줄러(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="591"/>
        <source>Change weight of %1</source>
        <translation>가중치 변경: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="592"/>
        <source>Change weights</source>
        <translation>가중치 변경</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="593"/>
        <source>Edit criterion %1</source>
        <translation>기준 편집: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="594"/>
        <source>Add criterion %1</source>
        <translation>기준 추가: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="595"/>
        <source>Remove criterion %1</source>
        <translation>기준 삭제: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="596"/>
        <source>Move criterion %1</source>
        <translation>기준 이동: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="597"/>
        <source>Change plan settings</source>
        <translation>배치 계획 설정 변경</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="598"/>
        <source>Change method to %1</source>
        <translation>방법 변경: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="599"/>
        <source>Change parameters of %1</source>
        <translation>매개변수 변경: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="600"/>
        <source>Add scenario %1</source>
        <translation>시나리오 추가: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="601"/>
        <source>Rename scenario %1 to %2</source>
        <translation>시나리오 이름 바꾸기: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="602"/>
        <source>Remove scenario %1</source>
        <translation>시나리오 삭제: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="603"/>
        <source>Duplicate scenario %1 as %2</source>
        <translation>시나리오 복제: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="604"/>
        <source>Change level to %1</source>
        <translation>단위 변경: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="605"/>
        <source>Add layer %1</source>
        <translation>레이어 추가: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="606"/>
        <source>Remove layer %1</source>
        <translation>레이어 삭제: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/main_window.py" line="607"/>
        <source>Move layer %1</source>
        <translation>레이어 이동: %1</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <location filename="../../app/gui/widgets/map_canvas.py" line="416"/>
        <location filename="../../app/gui/widgets/map_canvas.py" line="438"/>
        <source>No data / excluded</source>
        <translation>자료 없음 / 제외</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/map_canvas.py" line="584"/>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/map_canvas.py" line="591"/>
        <source>Rank: %1 of %2</source>
        <translation>순위: %2개 중 %1위</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/map_canvas.py" line="593"/>
        <source>Excluded or no data</source>
        <translation>제외 또는 자료 없음</translation>
    </message>
</context>
<context>
    <name>NoteWords</name>
    <message>
        <location filename="../../app/drawing/note_words.py" line="70"/>
        <source>%1: %2 infinite value(s) treated as missing</source>
        <translation>%1: 무한대 값 %2개를 결측값으로 처리했습니다</translation>
    </message>
    <message>
        <location filename="../../app/drawing/note_words.py" line="73"/>
        <source>Every district is excluded by the constraints or missing-value policies.</source>
        <translation>제약 조건이나 결측값 처리 방식 때문에 모든 지역이 제외되었습니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/note_words.py" line="75"/>
        <source>%1: %2 scored district(s) have no value; filled with the median %3</source>
        <translation>%1: 점수를 받은 지역 %2곳에 값이 없어 중앙값 %3(으)로 채웠습니다</translation>
    </message>
    <message>
        <location filename="../../app/drawing/note_words.py" line="77"/>
        <source>%1: %2 scored district(s) have no value; filled with %3</source>
        <translation>%1: 점수를 받은 지역 %2곳에 값이 없어 %3(으)로 채웠습니다</translation>
    </message>
    <message>
        <location filename="../../app/drawing/note_words.py" line="80"/>
        <source>%1: every valid district has the same value (%2); this criterion cannot change the ranking</source>
        <translation>%1: 유효한 모든 지역의 값이 같습니다 (%2). 이 기준은 순위를 바꿀 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../app/drawing/note_words.py" line="85"/>
        <source>Weighted product: %1 of %2 districts score 0 because a standardised value is 0 (districts per criterion: %3); use the Linear ratio or Min-max with a floor standardisation for these criteria to keep the districts apart</source>
        <translation>가중곱: 표준화 값이 0이어서 %2곳 중 %1곳의 점수가 0입니다 (기준별 지역 수: %3). 지역을 구별하려면 이 기준들에 &apos;비율 (최댓값 대비)&apos; 또는 &apos;최소-최대 (하한 있음)&apos; 표준화를 쓰십시오</translation>
    </message>
    <message>
        <location filename="../../app/drawing/note_words.py" line="97"/>
        <source>Statistics Korea census codes</source>
        <translation>통계청 센서스 코드</translation>
    </message>
    <message>
        <location filename="../../app/drawing/note_words.py" line="98"/>
        <source>Ministry of the Interior administrative codes</source>
        <translation>행정안전부 행정표준코드</translation>
    </message>
    <message>
        <location filename="../../app/drawing/note_words.py" line="99"/>
        <source>Ministry of the Interior legal-district codes</source>
        <translation>행정안전부 법정동코드</translation>
    </message>
    <message>
        <location filename="../../app/drawing/note_words.py" line="106"/>
        <source>%1: %2 cell(s) held NUL bytes (a damaged export); the NUL bytes were removed. Check the table against its source.</source>
        <translation>%1: 셀 %2개에 NUL 바이트가 있었습니다(손상된 내보내기 파일). NUL 바이트를 지웠으니 원본 자료와 대조해 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/note_words.py" line="110"/>
        <source>%1, column &apos;%2&apos;: decimal commas (e.g. 0,60) were read as decimal points (0.60).</source>
        <translation>%1, 열 &apos;%2&apos;: 소수점 쉼표(예: 0,60)를 소수점(0.60)으로 읽었습니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/note_words.py" line="113"/>
        <source>row %1 (%2): %3</source>
        <translation>%1행 (%2): %3</translation>
    </message>
    <message>
        <location filename="../../app/drawing/note_words.py" line="115"/>
        <source>%1, column &apos;%2&apos;: %3 cell(s) are not numbers and were read as missing values: %4. Fix them in the file if they hold real values.</source>
        <translation>%1, 열 &apos;%2&apos;: 숫자가 아닌 셀 %3개를 결측값으로 읽었습니다: %4. 실제 값이 있어야 하는 셀이면 파일에서 고치십시오.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/note_words.py" line="119"/>
        <source>row %1: %2</source>
        <translation>%1행: %2</translation>
    </message>
    <message>
        <location filename="../../app/drawing/note_words.py" line="121"/>
        <source>%1, column &apos;%2&apos; is read as text: %3 of its %4 cells are not numbers (e.g. %5).</source>
        <translation>%1, 열 &apos;%2&apos;을(를) 텍스트로 읽었습니다: 셀 %4개 중 %3개가 숫자가 아닙니다 (예: %5).</translation>
    </message>
    <message>
        <location filename="../../app/drawing/note_words.py" line="124"/>
        <source>%1 row(s) without an admin code were ignored (footnotes, totals).</source>
        <translation>행정구역 코드가 없는 행 %1개(각주, 합계 등)는 읽지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/note_words.py" line="127"/>
        <source>%1 has no numeric indicator columns.</source>
        <translation>%1에 숫자로 된 지표 열이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/note_words.py" line="129"/>
        <source>%1: %2, translated to %3 through %4: matched %5, translated %6, mismatched %7 (not joined), unmatched %8.</source>
        <translation>%1: %2를 %3(으)로 변환했습니다(대응표 %4): 일치 %5, 변환 %6, 이름 불일치 %7(결합하지 않음), 대응 없음 %8.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/note_words.py" line="131"/>
        <source>%1: %2 (the districts use %3): matched %5, mismatched %7 (not joined), unmatched %8.</source>
        <translation>%1: %2 (지역 경계는 %3 사용): 일치 %5, 이름 불일치 %7(결합하지 않음), 대응 없음 %8.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/note_words.py" line="136"/>
        <source>%1: these codes exist in more than one code system and the table has no name column; read as %2. Add a name column (e.g. SIG_KOR_NM) so every match can be checked.</source>
        <translation>%1: 이 코드는 여러 코드 체계에 모두 있고 표에 지역명 열이 없어 %2로 읽었습니다. 모든 대응을 확인할 수 있도록 지역명 열(예: SIG_KOR_NM)을 추가하십시오.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/note_words.py" line="140"/>
        <source>%1: merged the parts of %2 district(s) that shared a code.</source>
        <translation>%1: 같은 코드를 가진 지역 %2곳의 여러 도형을 하나로 합쳤습니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/note_words.py" line="143"/>
        <source>%1 has no CRS; assumed %2.</source>
        <translation>%1에 좌표계 정보가 없어 %2로 가정했습니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/note_words.py" line="178"/>
        <source>No name field in %1 [%2]: district names are their codes.</source>
        <translation>%1 [%2]에 지역명 필드가 없어 지역 코드를 이름으로 씁니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/note_words.py" line="145"/>
        <source>ranks start at %1, not 1: the smallest is taken as rank 1.</source>
        <translation>순위가 1이 아니라 %1부터 시작합니다: 가장 작은 값을 1위로 보았습니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/note_words.py" line="148"/>
        <source>scores %1–%2 are outside 0–100: rescaled linearly to 0–100.</source>
        <translation>점수 %1–%2이(가) 0–100을 벗어나 0–100으로 선형 환산했습니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/note_words.py" line="151"/>
        <source>Field &apos;%1&apos;: %2 text value(s) longer than %3 bytes were cut to fit the DBF limit (full text is in the GeoPackage/CSV exports).</source>
        <translation>필드 &apos;%1&apos;: %3바이트를 넘는 텍스트 값 %2개를 DBF 한도에 맞춰 잘랐습니다(전체 텍스트는 GeoPackage/CSV 내보내기에 있음).</translation>
    </message>
    <message>
        <location filename="../../app/drawing/note_words.py" line="155"/>
        <source>%1 invalid geometries were repaired (make_valid, polygon parts kept).</source>
        <translation>잘못된 도형 %1개를 고쳤습니다(make_valid, 면 부분 유지).</translation>
    </message>
    <message>
        <location filename="../../app/drawing/note_words.py" line="158"/>
        <source>%1 cell(s) in &apos;%2&apos;</source>
        <translation>&apos;%2&apos; 열의 셀 %1개</translation>
    </message>
    <message>
        <location filename="../../app/drawing/note_words.py" line="160"/>
        <source>Text starting with =, +, -, @, a tab or a line break was prefixed with &apos; so that spreadsheets show it as text, not a formula: %1.</source>
        <translation>=, +, -, @, 탭이나 줄바꿈으로 시작하는 텍스트 앞에 &apos;를 붙여 스프레드시트에서 수식이 아닌 텍스트로 보이게 했습니다: %1.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/note_words.py" line="163"/>
        <source>stated accuracy %1 m</source>
        <translation>명시 정확도 %1 m</translation>
    </message>
    <message>
        <location filename="../../app/drawing/note_words.py" line="164"/>
        <source>accuracy not stated</source>
        <translation>정확도 명시 없음</translation>
    </message>
    <message>
        <location filename="../../app/drawing/note_words.py" line="165"/>
        <source> The datum shift here is about %1 m.</source>
        <translation> 이 지역의 datum 변환량은 약 %1 m입니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/note_words.py" line="167"/>
        <source>Legacy Bessel system: coordinates were transformed from %1 to %2 with a datum shift between Korea 2000 (GRS80, ITRF2000) and the Bessel 1841 (Tokyo / Korean 1985) datum, using &apos;%3&apos; (%4).%5 Check alignment against the recipient&apos;s base map; prefer EPSG:5179 or EPSG:5186.</source>
        <translation>구 Bessel 좌표계: 좌표를 %1에서 %2(으)로 바꾸며 Korea 2000(GRS80, ITRF2000)과 Bessel 1841(Tokyo / Korean 1985) 측지계 사이의 datum 변환 &apos;%3&apos;을(를) 적용했습니다(%4).%5 받는 기관의 기본도와 겹쳐 확인하고, 가능하면 EPSG:5179나 EPSG:5186을 쓰십시오.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/note_words.py" line="173"/>
        <source>The output CRS %1 is a legacy Bessel (Tokyo / Korean 1985) system and the data were already in it: no datum shift was applied. Users on Korea 2000 systems (EPSG:5179, 5186) must apply a datum shift of several hundred metres.</source>
        <translation>출력 좌표계 %1은(는) 구 Bessel(Tokyo / Korean 1985) 좌표계이고 자료가 이미 이 좌표계여서 datum 변환을 하지 않았습니다. Korea 2000 좌표계(EPSG:5179, 5186) 사용자는 수백 m의 datum 변환을 적용해야 합니다.</translation>
    </message>
</context>
<context>
    <name>ParamChoices</name>
    <message>
        <location filename="../../app/drawing/param_words.py" line="73"/>
        <source>absolute</source>
        <extracomment>The choice values of the built-in ``choice`` parameters.</extracomment>
        <translation>절대 기준</translation>
    </message>
    <message>
        <location filename="../../app/drawing/param_words.py" line="74"/>
        <source>cdf</source>
        <translation>정규분포 누적확률</translation>
    </message>
    <message>
        <location filename="../../app/drawing/param_words.py" line="75"/>
        <source>centroid</source>
        <translation>참조지 평균</translation>
    </message>
    <message>
        <location filename="../../app/drawing/param_words.py" line="76"/>
        <source>class_over_n</source>
        <translation>등급 / n</translation>
    </message>
    <message>
        <location filename="../../app/drawing/param_words.py" line="77"/>
        <source>data</source>
        <translation>자료 기준</translation>
    </message>
    <message>
        <location filename="../../app/drawing/param_words.py" line="78"/>
        <source>decreasing</source>
        <translation>감소형</translation>
    </message>
    <message>
        <location filename="../../app/drawing/param_words.py" line="79"/>
        <source>increasing</source>
        <translation>증가형</translation>
    </message>
    <message>
        <location filename="../../app/drawing/param_words.py" line="80"/>
        <source>linear</source>
        <translation>선형</translation>
    </message>
    <message>
        <location filename="../../app/drawing/param_words.py" line="81"/>
        <source>logistic</source>
        <translation>로지스틱 회귀</translation>
    </message>
    <message>
        <location filename="../../app/drawing/param_words.py" line="82"/>
        <source>nearest</source>
        <translation>가장 가까운 참조지</translation>
    </message>
    <message>
        <location filename="../../app/drawing/param_words.py" line="83"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../app/drawing/param_words.py" line="84"/>
        <source>random_forest</source>
        <translation>랜덤 포레스트</translation>
    </message>
    <message>
        <location filename="../../app/drawing/param_words.py" line="85"/>
        <source>symmetric</source>
        <translation>대칭형</translation>
    </message>
    <message>
        <location filename="../../app/drawing/param_words.py" line="86"/>
        <source>usual</source>
        <translation>일반형</translation>
    </message>
    <message>
        <location filename="../../app/drawing/param_words.py" line="87"/>
        <source>vector</source>
        <translation>벡터 정규화</translation>
    </message>
    <message>
        <location filename="../../app/drawing/param_words.py" line="88"/>
        <source>zero_based</source>
        <translation>0 기준</translation>
    </message>
</context>
<context>
    <name>ParamForm</name>
    <message>
        <location filename="../../app/gui/widgets/param_form.py" line="88"/>
        <source>No parameters.</source>
        <translation>매개변수 없음.</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/param_form.py" line="101"/>
        <source>auto (from data)</source>
        <translation>자동 (자료 기준)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/param_form.py" line="123"/>
        <source>district codes, comma separated</source>
        <translation>지역 코드 (쉼표로 구분)</translation>
    </message>
</context>
<context>
    <name>ParamWords</name>
    <message>
        <location filename="../../app/drawing/param_words.py" line="24"/>
        <source>0 = OR (optimistic), 1 = WLC, large = AND (pessimistic). Q(r) = r^α.</source>
        <extracomment>The help of every built-in parameter declaration (English, as declared).</extracomment>
        <translation>0 = OR (낙관적), 1 = WLC, 클수록 AND (비관적). Q(r) = r^α.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/param_words.py" line="25"/>
        <source>0.5 = consensus; above 0.5 majority rule (group utility S); below 0.5 veto (individual regret R).</source>
        <translation>0.5 = 합의, 0.5보다 크면 다수결 (집단 효용 S), 작으면 거부권 (개별 후회 R) 중시.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/param_words.py" line="26"/>
        <source>Clipping limit in standard deviations for the linear mapping.</source>
        <translation>선형 변환에서 잘라 내는 한계 (표준편차 단위).</translation>
    </message>
    <message>
        <location filename="../../app/drawing/param_words.py" line="27"/>
        <source>District codes labelled as suitable; every other district is unlabelled.</source>
        <translation>적합지로 표시할 지역 코드. 나머지 지역은 표시 없음으로 둡니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/param_words.py" line="28"/>
        <source>Districts to resemble (e.g. successful special zones).</source>
        <translation>닮고자 하는 지역 (예: 성공한 특화단지).</translation>
    </message>
    <message>
        <location filename="../../app/drawing/param_words.py" line="29"/>
        <source>End of the logistic curve. Auto: the upper threshold.</source>
        <translation>로지스틱 곡선의 끝. 자동: 상한 임계값.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/param_words.py" line="30"/>
        <source>Function value (0-100) at the minimum; strictly between 0 and 50 (ArcGIS default 1). Smaller = a sharper S.</source>
        <translation>최솟값에서의 함수값 (0-100). 0과 50 사이 (ArcGIS 기본값 1). 작을수록 S자가 가팔라집니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/param_words.py" line="31"/>
        <source>In 1/unit^2; larger = narrower. Auto: 1 / (range/4)^2 (membership 0.5 a quarter of the range from the midpoint). ArcGIS&apos;s fixed default is 0.1.</source>
        <translation>단위: 1/단위². 클수록 좁아집니다. 자동: 1 / (범위/4)² (중간점에서 범위의 1/4 떨어진 곳에서 소속도 0.5). ArcGIS 고정 기본값은 0.1.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/param_words.py" line="32"/>
        <source>In 1/unit^2; larger = narrower. Auto: ln 2 / (range/4)^2 (membership 0.5 a quarter of the range from the midpoint). ArcGIS&apos;s fixed default is 0.1.</source>
        <translation>단위: 1/단위². 클수록 좁아집니다. 자동: ln 2 / (범위/4)² (중간점에서 범위의 1/4 떨어진 곳에서 소속도 0.5). ArcGIS 고정 기본값은 0.1.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/param_words.py" line="33"/>
        <source>Linear preference only (0-1 scale).</source>
        <translation>선형 선호 함수에만 쓰입니다 (0-1 척도).</translation>
    </message>
    <message>
        <location filename="../../app/drawing/param_words.py" line="34"/>
        <source>Linear preference only (0-1 scale); &gt; q.</source>
        <translation>선형 선호 함수에만 쓰입니다 (0-1 척도). q보다 커야 합니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/param_words.py" line="35"/>
        <source>Membership reaches 0. Auto: data maximum.</source>
        <translation>소속도가 0이 되는 값. 자동: 자료 최댓값.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/param_words.py" line="36"/>
        <source>Membership reaches 1. Auto: data maximum (increasing) or mid-range (symmetric).</source>
        <translation>소속도가 1이 되는 값. 자동: 자료 최댓값 (증가형) 또는 범위 중간 (대칭형).</translation>
    </message>
    <message>
        <location filename="../../app/drawing/param_words.py" line="37"/>
        <source>Membership starts falling. Auto: data minimum (decreasing) or mid-range (symmetric).</source>
        <translation>소속도가 줄기 시작하는 값. 자동: 자료 최솟값 (감소형) 또는 범위 중간 (대칭형).</translation>
    </message>
    <message>
        <location filename="../../app/drawing/param_words.py" line="38"/>
        <source>Membership starts rising (indicator unit). Auto: data minimum.</source>
        <translation>소속도가 늘기 시작하는 값 (지표 단위). 자동: 자료 최솟값.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/param_words.py" line="39"/>
        <source>Monotonically increasing (uses a, b), decreasing (c, d) or symmetric (a, b, c, d).</source>
        <translation>단조 증가 (a, b 사용), 감소 (c, d) 또는 대칭 (a, b, c, d).</translation>
    </message>
    <message>
        <location filename="../../app/drawing/param_words.py" line="40"/>
        <source>Multiplier of Ln; any positive value gives the same 0-1 result after the rescaling.</source>
        <translation>Ln의 배수. 양수이면 어떤 값이든 재척도화 후 같은 0-1 결과가 됩니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/param_words.py" line="41"/>
        <source>Multiplier of the mean (ArcGIS default 1).</source>
        <translation>평균에 곱하는 값 (ArcGIS 기본값 1).</translation>
    </message>
    <message>
        <location filename="../../app/drawing/param_words.py" line="42"/>
        <source>Multiplier of the standard deviation (ArcGIS default 1).</source>
        <translation>표준편차에 곱하는 값 (ArcGIS 기본값 1).</translation>
    </message>
    <message>
        <location filename="../../app/drawing/param_words.py" line="43"/>
        <source>Number of equal-count (quantile) classes; 5 in the land-suitability assessment.</source>
        <translation>같은 개수로 나누는 등급(분위) 수. 토지적성평가는 5등급.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/param_words.py" line="44"/>
        <source>Power applied to x - shift (&gt; 1 convex, &lt; 1 concave).</source>
        <translation>x - 이동값에 적용하는 거듭제곱 (1보다 크면 볼록, 작으면 오목).</translation>
    </message>
    <message>
        <location filename="../../app/drawing/param_words.py" line="45"/>
        <source>Rows [low, high, score]: low &lt;= x &lt; high; null for an open end.</source>
        <translation>행 [하한, 상한, 점수]: 하한 &lt;= x &lt; 상한. 끝이 열려 있으면 null.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/param_words.py" line="46"/>
        <source>Score for values not covered (on the same scale as the scores).</source>
        <translation>어느 구간에도 들지 않는 값의 점수 (점수와 같은 척도).</translation>
    </message>
    <message>
        <location filename="../../app/drawing/param_words.py" line="47"/>
        <source>Start of the logistic curve (indicator unit). Auto: the lower threshold.</source>
        <translation>로지스틱 곡선의 시작 (지표 단위). 자동: 하한 임계값.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/param_words.py" line="48"/>
        <source>Steepness in 1/unit. Auto: 8 / (data range), so membership goes from 0.018 to 0.982 over the range.</source>
        <translation>기울기 (1/단위). 자동: 8 / (자료 범위). 범위 안에서 소속도가 0.018에서 0.982까지 변합니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/param_words.py" line="49"/>
        <source>Subtracted from each value before the function (indicator unit). Must be below the lower threshold. Auto: lower - (upper - lower) / 9, so x - shift spans a factor 10 (SmartZone&apos;s choice).</source>
        <translation>함수를 적용하기 전에 각 값에서 빼는 값 (지표 단위). 하한 임계값보다 작아야 합니다. 자동: 하한 - (상한 - 하한) / 9, 곧 x - 이동값이 10배 범위에 걸칩니다 (SmartZone의 선택).</translation>
    </message>
    <message>
        <location filename="../../app/drawing/param_words.py" line="50"/>
        <source>Subtracted from each value before the function (indicator unit). Must not exceed the lower threshold. Auto: lower threshold.</source>
        <translation>함수를 적용하기 전에 각 값에서 빼는 값 (지표 단위). 하한 임계값을 넘으면 안 됩니다. 자동: 하한 임계값.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/param_words.py" line="51"/>
        <source>Subtracted from each value before the function (indicator unit). No effect after the linear rescaling (kept for ArcGIS parity). Auto: lower threshold.</source>
        <translation>함수를 적용하기 전에 각 값에서 빼는 값 (지표 단위). 선형 재척도화 후에는 영향이 없습니다 (ArcGIS와 맞추려고 둠). 자동: 하한 임계값.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/param_words.py" line="52"/>
        <source>Top of the score scale: 1 for 0-1 scores, 10 for a 1-10 suitability scale.</source>
        <translation>점수 척도의 최댓값: 0-1 점수는 1, 1-10 적합성 척도는 10.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/param_words.py" line="53"/>
        <source>Unitless exponent, typically 1-10 (ArcGIS default 5); larger = steeper.</source>
        <translation>단위 없는 지수, 보통 1-10 (ArcGIS 기본값 5). 클수록 가파릅니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/param_words.py" line="54"/>
        <source>Value given to the worst district (0-1); the best gets 1. Avoids the zeros that make the weighted product 0.</source>
        <translation>가장 나쁜 지역에 주는 값 (0-1). 가장 좋은 지역은 1. 가중곱을 0으로 만드는 0을 피합니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/param_words.py" line="55"/>
        <source>Value with membership 0. Auto: data minimum. If larger than the maximum the slope is negative.</source>
        <translation>소속도가 0인 값. 자동: 자료 최솟값. 최댓값보다 크면 기울기가 음수가 됩니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/param_words.py" line="56"/>
        <source>Value with membership 0.5 (indicator unit). Auto: midpoint of the data range (ArcGIS default). </source>
        <translation>소속도가 0.5인 값 (지표 단위). 자동: 자료 범위의 중간점 (ArcGIS 기본값).</translation>
    </message>
    <message>
        <location filename="../../app/drawing/param_words.py" line="57"/>
        <source>Value with membership 0.5 (indicator unit). Auto: midpoint of the data range (ArcGIS default). Must be &gt; 0.</source>
        <translation>소속도가 0.5인 값 (지표 단위). 자동: 자료 범위의 중간점 (ArcGIS 기본값). 0보다 커야 합니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/param_words.py" line="58"/>
        <source>Value with membership 1. Auto: data maximum.</source>
        <translation>소속도가 1인 값. 자동: 자료 최댓값.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/param_words.py" line="59"/>
        <source>Where the function ends; values above get 1. Auto: data maximum (ArcGIS default).</source>
        <translation>함수가 끝나는 값. 그보다 큰 값은 1. 자동: 자료 최댓값 (ArcGIS 기본값).</translation>
    </message>
    <message>
        <location filename="../../app/drawing/param_words.py" line="60"/>
        <source>Where the function starts (indicator unit); values below get 0. Auto: data minimum (ArcGIS default).</source>
        <translation>함수가 시작하는 값 (지표 단위). 그보다 작은 값은 0. 자동: 자료 최솟값 (ArcGIS 기본값).</translation>
    </message>
    <message>
        <location filename="../../app/drawing/param_words.py" line="61"/>
        <source>centroid: the references&apos; mean profile; nearest: the closest reference.</source>
        <translation>참조지 평균: 참조지들의 평균 프로필과 비교, 가장 가까운 참조지: 가장 닮은 참조지 하나와 비교.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/param_words.py" line="62"/>
        <source>data: best/worst scored district (relative); absolute: all-1 / all-0 district (comparable between runs).</source>
        <translation>자료 기준: 가장 좋은/나쁜 지역 (상대적), 절대 기준: 모두 1 / 모두 0인 가상 지역 (실행 간 비교 가능).</translation>
    </message>
    <message>
        <location filename="../../app/drawing/param_words.py" line="63"/>
        <source>linear: z clipped at +/-clip and mapped linearly, f = (clip(z) + clip) / (2 clip); cdf: standard normal CDF, f = Phi(z).</source>
        <translation>선형: z를 ±한계에서 잘라 선형 변환, f = (clip(z) + 한계) / (2 × 한계). 정규분포 누적확률: f = Φ(z).</translation>
    </message>
    <message>
        <location filename="../../app/drawing/param_words.py" line="64"/>
        <source>ln(b) of the base b, in 1/unit; larger = steeper at high values. Auto: ln(10) / (upper - lower), the function grows tenfold over the thresholds (SmartZone&apos;s choice).</source>
        <translation>밑 b의 ln(b) (1/단위). 클수록 큰 값에서 가파릅니다. 자동: ln(10) / (상한 - 하한), 임계값 사이에서 함수가 10배 커집니다 (SmartZone의 선택).</translation>
    </message>
    <message>
        <location filename="../../app/drawing/param_words.py" line="65"/>
        <source>none: the criteria&apos;s 0-1 standardised values; vector: classical TOPSIS, the raw values divided by the column&apos;s Euclidean norm.</source>
        <translation>없음: 기준의 0-1 표준화 값 그대로, 벡터 정규화: 고전적 TOPSIS, 원자료 값을 열의 유클리드 노름으로 나눔.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/param_words.py" line="66"/>
        <source>usual: any difference is a strict preference; linear: indifference up to q, strict preference beyond p (standardised 0-1 scale).</source>
        <translation>일반형: 차이가 조금이라도 있으면 강한 선호, 선형: q까지는 무차별, p를 넘으면 강한 선호 (0-1 표준화 척도).</translation>
    </message>
    <message>
        <location filename="../../app/drawing/param_words.py" line="67"/>
        <source>zero_based: (class - 1) / (n - 1), i.e. 0, .25, .5, .75, 1; class_over_n: class / n, i.e. .2, .4, .6, .8, 1.</source>
        <translation>0 기준: (등급 - 1) / (n - 1), 곧 0, .25, .5, .75, 1. 등급 / n: .2, .4, .6, .8, 1.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/param_words.py" line="68"/>
        <source>{class value: score}, e.g. land-cover code -&gt; suitability.</source>
        <translation>{분류 값: 점수}, 예: 토지피복 코드 -&gt; 적합도.</translation>
    </message>
</context>
<context>
    <name>PlanCli</name>
    <message>
        <location filename="../../app/cli/commands/plan.py" line="218"/>
        <source>smartzone: no plan: {message}</source>
        <translation>smartzone: 계획 없음: {message}</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands/plan.py" line="220"/>
        <source>nothing was written.</source>
        <translation>아무것도 쓰지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands/plan.py" line="232"/>
        <source>SmartZone plan: {eligible} eligible districts ({level}) x {solutions} solutions, budget {budget}</source>
        <translation>SmartZone 계획: 대상 지역 {eligible}곳 ({level}) x 솔루션 {solutions}개, 예산 {budget}</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands/plan.py" line="238"/>
        <source>status: {status}; objective {objective}; gap {gap} %; solved in {seconds} s</source>
        <translation>상태: {status}; 목적값 {objective}; 최적성 격차 {gap} %; 풀이 {seconds}초</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands/plan.py" line="243"/>
        <source>note: {note}</source>
        <translation>참고: {note}</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands/plan.py" line="245"/>
        <source>total cost {cost} in {districts} districts, {deployments} deployments</source>
        <translation>총 사업비 {cost}, {districts}개 지역에 {deployments}건 배치</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands/plan.py" line="248"/>
        <source>compliance:</source>
        <translation>규칙 준수:</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands/plan.py" line="253"/>
        <source>spend by category:</source>
        <translation>분야별 사업비:</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands/plan.py" line="254"/>
        <source>100M KRW</source>
        <translation>억원</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands/plan.py" line="262"/>
        <source>spend by province ({unit}): </source>
        <translation>시도별 사업비 ({unit}): </translation>
    </message>
    <message>
        <location filename="../../app/cli/commands/plan.py" line="266"/>
        <source>spend in shrinking districts ({rule}): {amount}</source>
        <translation>소멸위기 지역 사업비 ({rule}): {amount}</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands/plan.py" line="273"/>
        <source>meets all rules</source>
        <translation>모든 규칙 충족</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands/plan.py" line="274"/>
        <source>breaks {rules}</source>
        <translation>위반: {rules}</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands/plan.py" line="276"/>
        <source>greedy baseline: objective {objective} ({share} % of the optimum), cost {cost}, {verdict}</source>
        <translation>탐욕 기준안: 목적값 {objective} (최적의 {share} %), 사업비 {cost}, {verdict}</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands/plan.py" line="296"/>
        <source>written: {files}</source>
        <translation>저장: {files}</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands/plan.py" line="302"/>
        <source>report: {path}</source>
        <translation>보고서: {path}</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <location filename="../../app/gui/widgets/plan_panel.py" line="162"/>
        <source>off</source>
        <translation>끔</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/plan_panel.py" line="163"/>
        <source>Re-plan with weights drawn around the scenario&apos;s: how often each district gets a solution</source>
        <translation>시나리오 가중치 주변에서 뽑은 가중치로 다시 계획: 각 지역이 솔루션을 받는 빈도</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/plan_panel.py" line="166"/>
        <source>Spend per district</source>
        <translation>지역별 사업비</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/plan_panel.py" line="167"/>
        <source>How often chosen (robustness)</source>
        <translation>선택 빈도 (강건성)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/plan_panel.py" line="205"/>
        <source>Robustness runs</source>
        <translation>강건성 반복 횟수</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/plan_panel.py" line="521"/>
        <source>chosen in % of runs</source>
        <translation>선택된 반복 비율 (%)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/plan_panel.py" line="521"/>
        <source>Chosen (% of runs)</source>
        <translation>선택 빈도 (반복의 %)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/plan_panel.py" line="128"/>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/plan_panel.py" line="128"/>
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/plan_panel.py" line="128"/>
        <source>category</source>
        <translation>분야</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/plan_panel.py" line="129"/>
        <source>cost (100M KRW)</source>
        <translation>비용 (억원)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/plan_panel.py" line="129"/>
        <source>value</source>
        <translation>가치</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/plan_panel.py" line="136"/>
        <source>Load catalogue…</source>
        <translation>목록 불러오기…</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/plan_panel.py" line="138"/>
        <source>Bundled catalogue</source>
        <translation>기본 목록</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/plan_panel.py" line="139"/>
        <source>Use the bundled catalogue</source>
        <translation>기본 목록 사용</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/plan_panel.py" line="144"/>
        <location filename="../../app/gui/widgets/plan_panel.py" line="150"/>
        <source> 100M KRW</source>
        <translation> 억원</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/plan_panel.py" line="159"/>
        <source>no limit</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/plan_panel.py" line="175"/>
        <source>Plan</source>
        <translation>계획</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/plan_panel.py" line="177"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/plan_panel.py" line="180"/>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/plan_panel.py" line="199"/>
        <source>Budget</source>
        <translation>예산</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/plan_panel.py" line="200"/>
        <source>Climate + digital inclusion at least</source>
        <translation>기후위기 대응 + 디지털 포용 최소</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/plan_panel.py" line="201"/>
        <source>Minimum spend</source>
        <translation>최소 집행액</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/plan_panel.py" line="202"/>
        <source>Shrinking districts</source>
        <translation>소멸위기 지역</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/plan_panel.py" line="203"/>
        <source>Spend in shrinking districts at least</source>
        <translation>소멸위기 지역 사업비 최소</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/plan_panel.py" line="204"/>
        <source>Districts funded at most</source>
        <translation>최대 지원 지역 수</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/plan_panel.py" line="216"/>
        <location filename="../../app/gui/widgets/plan_panel.py" line="356"/>
        <source>Solution catalogue</source>
        <translation>솔루션 목록</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/plan_panel.py" line="331"/>
        <source>Change plan rules</source>
        <translation>배치 규칙 변경</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/plan_panel.py" line="350"/>
        <source>Not changed: %1</source>
        <translation>변경하지 않음: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/plan_panel.py" line="353"/>
        <source>Edit solution %1</source>
        <translation>솔루션 %1 수정</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/plan_panel.py" line="357"/>
        <source>Catalogues (*.csv *.xlsx)</source>
        <translation>솔루션 목록 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/plan_panel.py" line="370"/>
        <source>Load catalogue</source>
        <translation>목록 불러오기</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/plan_panel.py" line="430"/>
        <source>planning…</source>
        <translation>계획 중…</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/plan_panel.py" line="448"/>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/plan_panel.py" line="455"/>
        <source>e.g. top:60, score&gt;=60, %1&lt;0</source>
        <translation>예: 상위:60, 점수&gt;=60, %1&lt;0</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/plan_panel.py" line="456"/>
        <source>e.g. top:60, score&gt;=60</source>
        <translation>예: 상위:60, 점수&gt;=60</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/plan_panel.py" line="487"/>
        <source>%1: benefit %2, gap %3 %, %4 s</source>
        <translation>%1: 편익 %2, 최적성 차이 %3 %, %4초</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/plan_panel.py" line="489"/>
        <source>%1 (100M KRW) in %2 districts, %3 deployments</source>
        <translation>%2개 지역에 %1억원, 배치 %3건</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/plan_panel.py" line="495"/>
        <source>greedy baseline: %1 % of the optimum</source>
        <translation>탐욕 기준안: 최적의 %1 %</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/plan_panel.py" line="525"/>
        <source>spend (100M KRW)</source>
        <translation>사업비 (억원)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/plan_panel.py" line="525"/>
        <source>Spend (100M KRW)</source>
        <translation>사업비 (억원)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/plan_panel.py" line="534"/>
        <source>not planned yet</source>
        <translation>아직 계획 없음</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/plan_panel.py" line="535"/>
        <source>PASS: every rule is met</source>
        <translation>적합: 모든 규칙 충족</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/plan_panel.py" line="536"/>
        <source>FAIL: a rule is broken</source>
        <translation>부적합: 규칙 위반</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/plan_panel.py" line="537"/>
        <source>NO PLAN: the rules conflict</source>
        <translation>계획 없음: 규칙이 서로 충돌</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/plan_panel.py" line="538"/>
        <source>error</source>
        <translation>오류</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/plan_panel.py" line="308"/>
        <source>Catalogue id: %1</source>
        <translation>카탈로그 ID: %1</translation>
    </message>
</context>
<context>
    <name>PlanReport</name>
    <message>
        <location filename="../../app/cli/plan_report.py" line="33"/>
        <source>Deployment plan: smart solutions</source>
        <extracomment>The plan section&apos;s words: key -&gt; English, worded in the report&apos;s language from the .ts (context ``PlanReport``) by :func:`smartzone.app.core.words.words`.</extracomment>
        <translation>배치 계획: 스마트 솔루션 배치</translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_report.py" line="34"/>
        <source>Rule</source>
        <translation>규칙</translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_report.py" line="35"/>
        <source>Required</source>
        <translation>요구</translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_report.py" line="36"/>
        <source>Achieved</source>
        <translation>달성</translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_report.py" line="37"/>
        <source>Status</source>
        <translation>판정</translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_report.py" line="38"/>
        <source>Price (benefit)</source>
        <translation>편익 비용</translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_report.py" line="39"/>
        <source>Category</source>
        <translation>분야</translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_report.py" line="40"/>
        <source>Spend (100M KRW)</source>
        <translation>사업비 (억원)</translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_report.py" line="41"/>
        <source>Share</source>
        <translation>비중</translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_report.py" line="42"/>
        <source>Province</source>
        <translation>시도</translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_report.py" line="43"/>
        <source>Main deployments</source>
        <translation>주요 배치</translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_report.py" line="44"/>
        <source>District</source>
        <translation>지역</translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_report.py" line="45"/>
        <source>Solution</source>
        <translation>솔루션</translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_report.py" line="46"/>
        <source>Benefit</source>
        <translation>편익</translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_report.py" line="47"/>
        <source>Spend per district (100M KRW)</source>
        <translation>지역별 사업비 (억원)</translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_report.py" line="76"/>
        <source>budget {budget} 100M KRW, spent {spent} 100M KRW in {n} districts ({units} deployments); benefit {benefit}, gap {gap} %</source>
        <translation>예산 {budget} 억원 중 {spent} 억원 집행, {n}개 지역 ({units}건 배치); 편익 {benefit}, 최적성 격차 {gap} %</translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_report.py" line="84"/>
        <source>greedy baseline: benefit {benefit} ({share} % of the optimum)</source>
        <translation>탐욕 기준안: 편익 {benefit} (최적의 {share} %)</translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_report.py" line="92"/>
        <source>shrinking districts: {n}</source>
        <translation>소멸위기 지역: {n}곳</translation>
    </message>
    <message>
        <location filename="../../app/cli/plan_report.py" line="94"/>
        <source>shrinking districts designated</source>
        <translation>소멸위기 지역 지정</translation>
    </message>
</context>
<context>
    <name>PlanWords</name>
    <message>
        <location filename="../../app/core/planning.py" line="384"/>
        <source>optimal</source>
        <extracomment>The districts&apos; frame of a plan: a GeoDataFrame when the plan is mapped (CLI, app), a plain DataFrame where there is no geometry to carry (the QGIS plugin, whose Python has no geopandas). The solver&apos;s statuses, worded by :func:`status_words` (context ``PlanWords`` of the .ts; the English is the status itself).</extracomment>
        <translation>최적 계획</translation>
    </message>
    <message>
        <location filename="../../app/core/planning.py" line="384"/>
        <source>time_limit</source>
        <translation>제한 시간 도달: 찾은 최선의 계획</translation>
    </message>
    <message>
        <location filename="../../app/core/planning.py" line="385"/>
        <source>empty</source>
        <translation>빈 계획</translation>
    </message>
    <message>
        <location filename="../../app/core/planning.py" line="385"/>
        <source>infeasible</source>
        <translation>규칙을 모두 지키는 계획 없음</translation>
    </message>
    <message>
        <location filename="../../app/core/planning.py" line="387"/>
        <source>PASS</source>
        <extracomment>A rule met or not, worded by :func:`pass_words`.</extracomment>
        <translation>충족</translation>
    </message>
    <message>
        <location filename="../../app/core/planning.py" line="387"/>
        <source>FAIL</source>
        <translation>미충족</translation>
    </message>
    <message>
        <location filename="../../app/core/planning.py" line="417"/>
        <source>minimum share {share} % of {categories}</source>
        <translation>{categories} 최소 비중 {share} %</translation>
    </message>
    <message>
        <location filename="../../app/core/planning.py" line="430"/>
        <source>budget {budget} 100M KRW</source>
        <extracomment>The rules in words (Korean through the .ts, context ``PlanWords``; the English of the UI is the engine&apos;s).</extracomment>
        <translation>예산 {budget} 억원</translation>
    </message>
    <message>
        <location filename="../../app/core/planning.py" line="431"/>
        <source>minimum spend {min_spend} 100M KRW</source>
        <translation>최소 집행액 {min_spend} 억원</translation>
    </message>
    <message>
        <location filename="../../app/core/planning.py" line="432"/>
        <source>at least {concentration} % spent in shrinking districts</source>
        <translation>소멸위기 지역에 {concentration} % 이상 집행</translation>
    </message>
    <message>
        <location filename="../../app/core/planning.py" line="433"/>
        <source>at least {district_min} 100M KRW per district</source>
        <translation>지역당 최소 {district_min} 억원</translation>
    </message>
    <message>
        <location filename="../../app/core/planning.py" line="434"/>
        <source>at most {district_max} 100M KRW per district</source>
        <translation>지역당 최대 {district_max} 억원</translation>
    </message>
    <message>
        <location filename="../../app/core/planning.py" line="435"/>
        <source>at least {min_districts} districts funded</source>
        <translation>최소 {min_districts}개 지역 지원</translation>
    </message>
    <message>
        <location filename="../../app/core/planning.py" line="436"/>
        <source>at most {max_districts} districts funded</source>
        <translation>최대 {max_districts}개 지역 지원</translation>
    </message>
    <message>
        <location filename="../../app/core/planning.py" line="437"/>
        <source>deployed only in districts the scenario does not exclude</source>
        <translation>시나리오가 제외하지 않은 지역에만 배치</translation>
    </message>
    <message>
        <location filename="../../app/core/planning.py" line="438"/>
        <source>units per district within their minimum and maximum</source>
        <translation>지역별 솔루션 수량이 최소·최대 범위 안</translation>
    </message>
    <message>
        <location filename="../../app/core/planning.py" line="439"/>
        <source>each district&apos;s prerequisites and exclusive pairs respected</source>
        <translation>지역별 선행 조건과 상호 배타 조합 준수</translation>
    </message>
    <message>
        <location filename="../../app/core/planning.py" line="452"/>
        <source> or </source>
        <translation> 또는 </translation>
    </message>
    <message>
        <location filename="../../app/core/planning.py" line="478"/>
        <source>{eligible} eligible districts</source>
        <translation>선정 가능한 지역 {eligible}곳</translation>
    </message>
    <message>
        <location filename="../../app/core/planning.py" line="480"/>
        <source> (of {total})</source>
        <translation> (전체 {total}곳 중)</translation>
    </message>
    <message>
        <location filename="../../app/core/planning.py" line="486"/>
        <source>No district is eligible (the scenario excludes them all). The plan is empty.</source>
        <translation>선정 가능한 지역이 없습니다 (시나리오가 모든 지역을 제외합니다). 빈 계획입니다.</translation>
    </message>
    <message>
        <location filename="../../app/core/planning.py" line="490"/>
        <source>The plan is empty: the budget of {budget} 100M KRW is below the cheapest solution, {name} ({cost} 100M KRW). Raise the budget.</source>
        <translation>예산 {budget} 억원이 가장 저렴한 솔루션인 {name} ({cost} 억원)보다 적어 빈 계획입니다. 예산을 늘리세요.</translation>
    </message>
    <message>
        <location filename="../../app/core/planning.py" line="495"/>
        <source>No plan fits the budget of {budget} 100M KRW.</source>
        <translation>예산 {budget} 억원 안에서 가능한 계획이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../app/core/planning.py" line="498"/>
        <source>No plan keeps the rules {rules} together with the budget of {budget} 100M KRW</source>
        <translation>{rules} 규칙과 예산 {budget} 억원을 함께 지키는 계획이 없습니다</translation>
    </message>
    <message>
        <location filename="../../app/core/planning.py" line="502"/>
        <source>; dropping any one of these rules allows a plan</source>
        <translation>; 이 규칙 중 하나만 빼도 계획이 가능합니다</translation>
    </message>
    <message>
        <location filename="../../app/core/planning.py" line="505"/>
        <source>The minimum spend of {min_spend} exceeds the budget of {budget}.</source>
        <translation>최소 집행액 {min_spend}이 예산 {budget}보다 큽니다.</translation>
    </message>
    <message>
        <location filename="../../app/core/planning.py" line="509"/>
        <source>The minimum share of {share} % for {categories} needs at least {need} of those solutions, but {where} can take only {got}.</source>
        <translation>{categories} 최소 비중 {share} % 규칙에는 해당 분야 솔루션이 {need} 이상 필요하지만, {where}에 배치할 수 있는 것은 {got}뿐입니다.</translation>
    </message>
    <message>
        <location filename="../../app/core/planning.py" line="514"/>
        <source>The rule on shrinking districts needs at least {need} in them, but the {shrinking} eligible shrinking districts can take only {got}.</source>
        <translation>소멸위기 지역 집중 규칙에는 소멸위기 지역에 {need} 이상이 필요하지만, 선정 가능한 소멸위기 지역 {shrinking}곳에 배치할 수 있는 것은 {got}뿐입니다.</translation>
    </message>
    <message>
        <location filename="../../app/core/planning.py" line="519"/>
        <source>With the rules {rules},</source>
        <translation>{rules} 규칙을 지키면</translation>
    </message>
    <message>
        <location filename="../../app/core/planning.py" line="520"/>
        <source>Within the budget,</source>
        <translation>예산 안에서</translation>
    </message>
    <message>
        <location filename="../../app/core/planning.py" line="521"/>
        <source>{with_rules} {where} can take solutions of at most {top}, less than the minimum spend of {min_spend}.</source>
        <translation>{with_rules} {where}에 배치할 수 있는 솔루션은 최대 {top}으로, 최소 집행액 {min_spend}보다 적습니다.</translation>
    </message>
    <message>
        <location filename="../../app/core/planning.py" line="526"/>
        <source>Only {eligible} districts are eligible, fewer than the {wanted} to fund.</source>
        <translation>선정 가능한 지역은 {eligible}곳으로, 지원할 {wanted}곳보다 적습니다.</translation>
    </message>
    <message>
        <location filename="../../app/core/planning.py" line="530"/>
        <source>At least {wanted} and at most {most} districts cannot both hold.</source>
        <translation>최소 {wanted}곳과 최대 {most}곳 지원은 함께 지킬 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../app/core/planning.py" line="534"/>
        <source>{wanted} districts × {district_min} = {total}, more than the budget of {budget}.</source>
        <translation>{wanted}곳 × {district_min} = {total}로 예산 {budget}보다 많습니다.</translation>
    </message>
    <message>
        <location filename="../../app/core/planning.py" line="539"/>
        <source>Funding {wanted} districts needs at least {cost} even with the cheapest solution, but the rules allow less.</source>
        <translation>가장 저렴한 솔루션으로도 {wanted}곳을 지원하려면 {cost} 이상이 필요하지만, 규칙이 허용하는 금액은 그보다 적습니다.</translation>
    </message>
    <message>
        <location filename="../../app/core/planning.py" line="543"/>
        <source>The optimal plan is empty: the rules {rules} leave no room to deploy.</source>
        <translation>최적 계획이 비어 있습니다: {rules} 규칙 때문에 배치할 여지가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../app/core/planning.py" line="545"/>
        <source>The optimal plan is empty: no solution yields a benefit.</source>
        <translation>최적 계획이 비어 있습니다: 편익을 내는 솔루션이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../app/core/planning.py" line="457"/>
        <location filename="../../app/core/planning.py" line="567"/>
        <source>{amount} 100M KRW</source>
        <translation>{amount} 억원</translation>
    </message>
    <message>
        <location filename="../../app/core/planning.py" line="566"/>
        <source>{n} districts</source>
        <translation>{n}곳</translation>
    </message>
    <message>
        <location filename="../../app/core/planning.py" line="569"/>
        <source>{status}  {rule}: required {sense} {required}, achieved {achieved}</source>
        <translation>{status}  {rule}: 요구 {sense} {required}, 달성 {achieved}</translation>
    </message>
    <message>
        <location filename="../../app/core/planning.py" line="573"/>
        <source>; shadow price {price} of benefit</source>
        <translation>; 잠재가격 편익 {price}</translation>
    </message>
    <message>
        <location filename="../../app/core/planning.py" line="574"/>
        <source>; slack</source>
        <translation>; 여유 있음</translation>
    </message>
</context>
<context>
    <name>RegionsDialog</name>
    <message>
        <location filename="../../app/gui/widgets/regions_dialog.py" line="45"/>
        <source>Candidate regions</source>
        <translation>후보 권역</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/regions_dialog.py" line="51"/>
        <source>Total score</source>
        <translation>점수 합계</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/regions_dialog.py" line="52"/>
        <source>Mean score</source>
        <translation>평균 점수</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/regions_dialog.py" line="54"/>
        <location filename="../../app/gui/widgets/regions_dialog.py" line="56"/>
        <source>no limit</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/regions_dialog.py" line="58"/>
        <source>Regions</source>
        <translation>권역 수</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/regions_dialog.py" line="59"/>
        <source>Districts per region, at least</source>
        <translation>권역당 최소 지역 수</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/regions_dialog.py" line="60"/>
        <source>Districts per region, at most</source>
        <translation>권역당 최대 지역 수</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/regions_dialog.py" line="61"/>
        <source>Maximise</source>
        <translation>최대화 대상</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/regions_dialog.py" line="62"/>
        <source>Largest area of a region</source>
        <translation>권역 최대 면적</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/regions_dialog.py" line="63"/>
        <source>Largest extent (centroid distance)</source>
        <translation>최대 범위 (중심점 거리)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/regions_dialog.py" line="64"/>
        <source>Smallest distance between regions</source>
        <translation>권역 간 최소 거리</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/regions_dialog.py" line="68"/>
        <source>Find regions</source>
        <translation>권역 찾기</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/regions_dialog.py" line="102"/>
        <source>No regions: %1</source>
        <translation>권역 없음: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/regions_dialog.py" line="105"/>
        <source>Objective %1 (%2)</source>
        <translation>목적값 %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/regions_dialog.py" line="106"/>
        <source>optimal</source>
        <translation>최적해</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/regions_dialog.py" line="106"/>
        <source>heuristic</source>
        <translation>휴리스틱</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/regions_dialog.py" line="112"/>
        <source>Region %1</source>
        <translation>권역 %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/regions_dialog.py" line="113"/>
        <source>not in a region</source>
        <translation>권역 아님</translation>
    </message>
</context>
<context>
    <name>Render</name>
    <message>
        <location filename="../../app/drawing/render.py" line="764"/>
        <source>No data / excluded</source>
        <extracomment>Latin fonts tried before Nanum Gothic for digits and Latin text: Nanum Gothic&apos;s full stop sits low and square, so &quot;74.7&quot; reads as &quot;74,7&quot; at UI sizes.</extracomment>
        <translation>자료 없음 / 제외</translation>
    </message>
    <message>
        <location filename="../../app/drawing/render.py" line="796"/>
        <source>Score</source>
        <translation>점수</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../app/drawing/report.py" line="53"/>
        <source>Smart-city special zone site assessment</source>
        <extracomment>The report&apos;s words: key -&gt; English source text, worded in the report&apos;s language by :func:`_text` from resources/i18n/smartzone_&lt;lang&gt;.ts (context ``Report``), as every UI text.</extracomment>
        <translation>스마트도시 특화단지 후보지 평가 보고서</translation>
    </message>
    <message>
        <location filename="../../app/drawing/report.py" line="54"/>
        <source>Created</source>
        <translation>작성일</translation>
    </message>
    <message>
        <location filename="../../app/drawing/report.py" line="55"/>
        <source>Software</source>
        <translation>소프트웨어</translation>
    </message>
    <message>
        <location filename="../../app/drawing/report.py" line="56"/>
        <source>Districts assessed</source>
        <translation>평가 대상 지역</translation>
    </message>
    <message>
        <location filename="../../app/drawing/report.py" line="57"/>
        <source>scored</source>
        <translation>점수 산정</translation>
    </message>
    <message>
        <location filename="../../app/drawing/report.py" line="58"/>
        <source>excluded</source>
        <translation>제외</translation>
    </message>
    <message>
        <location filename="../../app/drawing/report.py" line="59"/>
        <source>CRS</source>
        <translation>좌표계</translation>
    </message>
    <message>
        <location filename="../../app/drawing/report.py" line="60"/>
        <source>exported files</source>
        <translation>내보낸 파일</translation>
    </message>
    <message>
        <location filename="../../app/drawing/report.py" line="61"/>
        <source>map</source>
        <translation>지도</translation>
    </message>
    <message>
        <location filename="../../app/drawing/report.py" line="60"/>
        <source>Suitability map</source>
        <translation>적합도 지도</translation>
    </message>
    <message>
        <location filename="../../app/drawing/report.py" line="61"/>
        <source>Legend</source>
        <translation>범례</translation>
    </message>
    <message>
        <location filename="../../app/drawing/report.py" line="62"/>
        <source>Map: score classes (quantiles); grey = no data or excluded. Bold lines: parent boundaries; the top 10 districts are outlined in orange and named; metropolitan areas are shown enlarged in insets.</source>
        <translation>지도: 점수 등급(분위수), 회색은 자료 없음 또는 제외 지역. 굵은 선은 상위 행정구역 경계, 상위 10개 지역은 주황 테두리와 이름으로, 수도권 등 대도시권은 확대 지도로 표시.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/report.py" line="63"/>
        <source>Method and weights</source>
        <translation>평가 방법과 가중치</translation>
    </message>
    <message>
        <location filename="../../app/drawing/report.py" line="64"/>
        <source>Method</source>
        <translation>방법</translation>
    </message>
    <message>
        <location filename="../../app/drawing/report.py" line="65"/>
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <location filename="../../app/drawing/report.py" line="66"/>
        <source>Criteria</source>
        <translation>평가 기준</translation>
    </message>
    <message>
        <location filename="../../app/drawing/report.py" line="67"/>
        <source>Indicator</source>
        <translation>지표</translation>
    </message>
    <message>
        <location filename="../../app/drawing/report.py" line="68"/>
        <source>Direction</source>
        <translation>방향</translation>
    </message>
    <message>
        <location filename="../../app/drawing/report.py" line="69"/>
        <source>Standardisation</source>
        <translation>표준화</translation>
    </message>
    <message>
        <location filename="../../app/drawing/report.py" line="70"/>
        <source>Weight</source>
        <translation>가중치</translation>
    </message>
    <message>
        <location filename="../../app/drawing/report.py" line="71"/>
        <source>Missing values</source>
        <translation>결측 처리</translation>
    </message>
    <message>
        <location filename="../../app/drawing/report.py" line="72"/>
        <source>higher is better</source>
        <translation>클수록 유리</translation>
    </message>
    <message>
        <location filename="../../app/drawing/report.py" line="73"/>
        <source>lower is better</source>
        <translation>작을수록 유리</translation>
    </message>
    <message>
        <location filename="../../app/drawing/report.py" line="74"/>
        <source>Top {n} districts</source>
        <translation>상위 {n}개 지역</translation>
    </message>
    <message>
        <location filename="../../app/drawing/report.py" line="75"/>
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <location filename="../../app/drawing/report.py" line="76"/>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <location filename="../../app/drawing/report.py" line="77"/>
        <source>District</source>
        <translation>지역명</translation>
    </message>
    <message>
        <location filename="../../app/drawing/report.py" line="78"/>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <location filename="../../app/drawing/report.py" line="79"/>
        <source>P(top {k})</source>
        <translation>상위 {k}위 진입 확률</translation>
    </message>
    <message>
        <location filename="../../app/drawing/report.py" line="80"/>
        <source>Rank 90% interval</source>
        <translation>순위 90% 구간</translation>
    </message>
    <message>
        <location filename="../../app/drawing/report.py" line="81"/>
        <source>Sensitivity summary</source>
        <translation>민감도 분석 요약</translation>
    </message>
    <message>
        <location filename="../../app/drawing/report.py" line="82"/>
        <source>Districts with P(top {k}) of 90% or more: {n}</source>
        <translation>상위 {k}위 진입 확률 90% 이상 지역: {n}개</translation>
    </message>
    <message>
        <location filename="../../app/drawing/report.py" line="83"/>
        <source>Current top-{k} districts with P(top {k}) under 50%: {n}</source>
        <translation>상위 {k}위 진입 확률 50% 미만인 현재 상위 {k}위 지역: {n}개</translation>
    </message>
    <message>
        <location filename="../../app/drawing/report.py" line="84"/>
        <source>Median width of the 90% rank interval of the top {k}: {w}</source>
        <translation>상위 {k}개 지역의 순위 90% 구간 폭 중앙값: {w}</translation>
    </message>
    <message>
        <location filename="../../app/drawing/report.py" line="85"/>
        <source>Scenario comparison</source>
        <translation>시나리오 비교</translation>
    </message>
    <message>
        <location filename="../../app/drawing/report.py" line="86"/>
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../../app/drawing/report.py" line="87"/>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location filename="../../app/drawing/report.py" line="88"/>
        <source>Data sources</source>
        <translation>자료 출처</translation>
    </message>
    <message>
        <location filename="../../app/drawing/report.py" line="89"/>
        <source>Source</source>
        <translation>자료</translation>
    </message>
    <message>
        <location filename="../../app/drawing/report.py" line="90"/>
        <source>Licence</source>
        <translation>이용 조건</translation>
    </message>
    <message>
        <location filename="../../app/drawing/report.py" line="91"/>
        <source>Attribution</source>
        <translation>출처 표시</translation>
    </message>
    <message>
        <location filename="../../app/drawing/report.py" line="92"/>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <location filename="../../app/drawing/report.py" line="93"/>
        <source>Made with SmartZone; the same method, weights and data reproduce these results.</source>
        <translation>이 보고서는 SmartZone으로 작성되었으며, 방법·가중치·자료가 같으면 같은 결과가 재현됩니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/report.py" line="94"/>
        <source>Level</source>
        <translation>평가 단위</translation>
    </message>
    <message>
        <location filename="../../app/drawing/report.py" line="95"/>
        <source>Scenario</source>
        <translation>시나리오</translation>
    </message>
    <message>
        <location filename="../../app/drawing/report.py" line="96"/>
        <source>Source (year)</source>
        <translation>자료 (연도)</translation>
    </message>
    <message>
        <location filename="../../app/drawing/report.py" line="97"/>
        <source>Why each indicator, and the proxies used</source>
        <translation>지표 선정 근거와 대리지표</translation>
    </message>
    <message>
        <location filename="../../app/drawing/report.py" line="98"/>
        <source>Exclusion rules</source>
        <translation>제외 규칙</translation>
    </message>
    <message>
        <location filename="../../app/drawing/report.py" line="99"/>
        <source>Rule</source>
        <translation>규칙</translation>
    </message>
    <message>
        <location filename="../../app/drawing/report.py" line="100"/>
        <source>Districts excluded</source>
        <translation>제외 지역 수</translation>
    </message>
    <message>
        <location filename="../../app/drawing/report.py" line="101"/>
        <source>No exclusion rules.</source>
        <translation>제외 규칙이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/report.py" line="102"/>
        <source>Districts excluded: {n} in all (a district can meet several rules)</source>
        <translation>제외된 지역: 모두 {n}개 (한 지역이 여러 규칙에 걸릴 수 있음)</translation>
    </message>
    <message>
        <location filename="../../app/drawing/report.py" line="103"/>
        <source>Orange dots and names on the map mark the top 10 districts.</source>
        <translation>지도에서 주황 테두리와 이름으로 표시한 곳이 상위 10개 지역입니다.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/report.py" line="104"/>
        <source>Notes on the data and the computation</source>
        <translation>자료와 계산에 관한 알림</translation>
    </message>
    <message>
        <location filename="../../app/drawing/report.py" line="773"/>
        <source>Hot spots of suitability (local Moran&apos;s I)</source>
        <extracomment>The hot-spot page&apos;s words (context ``Report``, as :data:`_WORDS`).</extracomment>
        <translation>적합도 핫스팟 (국지적 Moran&apos;s I)</translation>
    </message>
    <message>
        <location filename="../../app/drawing/report.py" line="774"/>
        <source>Hot spots of suitability (Getis-Ord Gi*)</source>
        <translation>적합도 핫스팟 (Getis-Ord Gi*)</translation>
    </message>
    <message>
        <location filename="../../app/drawing/report.py" line="775"/>
        <source>Clusters of rank uncertainty (local Moran&apos;s I of the Monte-Carlo rank spread)</source>
        <translation>순위 불확실성의 군집 (몬테카를로 순위 폭의 국지적 Moran&apos;s I)</translation>
    </message>
    <message>
        <location filename="../../app/drawing/report.py" line="776"/>
        <source>Queen contiguity (islands linked to the district at the smallest boundary distance), conditional permutations (fixed seed), false-discovery-rate correction. HH: high scores surrounded by high scores, LL: a cluster of low scores, HL/LH: outliers unlike their neighbours, ns: not significant.</source>
        <translation>퀸 인접(섬 지역은 경계 간 거리가 가장 가까운 지역과 연결), 조건부 순열 검정(고정 시드), 거짓발견율(FDR) 보정. HH: 높은 점수의 지역이 높은 점수의 이웃에 둘러싸인 군집, LL: 낮은 점수의 군집, HL/LH: 이웃과 다른 이상치, ns: 유의하지 않음.</translation>
    </message>
    <message>
        <location filename="../../app/drawing/report.py" line="777"/>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../../app/drawing/report.py" line="778"/>
        <source>Districts</source>
        <translation>지역 수</translation>
    </message>
</context>
<context>
    <name>ReportContent</name>
    <message>
        <location filename="../../app/core/report_content.py" line="24"/>
        <source>higher value, higher score</source>
        <extracomment>A criterion&apos;s direction and missing-value policy in words: id -&gt; English, worded in the report&apos;s language from the .ts (context ``ReportContent``) by :func:`_words`.</extracomment>
        <translation>클수록 높은 점수</translation>
    </message>
    <message>
        <location filename="../../app/core/report_content.py" line="25"/>
        <source>lower value, higher score</source>
        <translation>작을수록 높은 점수</translation>
    </message>
    <message>
        <location filename="../../app/core/report_content.py" line="28"/>
        <source>excluded</source>
        <translation>제외</translation>
    </message>
    <message>
        <location filename="../../app/core/report_content.py" line="29"/>
        <source>median imputed</source>
        <translation>중앙값으로 대체</translation>
    </message>
    <message>
        <location filename="../../app/core/report_content.py" line="30"/>
        <source>mean imputed</source>
        <translation>평균으로 대체</translation>
    </message>
    <message>
        <location filename="../../app/core/report_content.py" line="31"/>
        <source>zero imputed</source>
        <translation>0으로 대체</translation>
    </message>
    <message>
        <location filename="../../app/core/report_content.py" line="32"/>
        <source>minimum imputed</source>
        <translation>최솟값으로 대체</translation>
    </message>
    <message>
        <location filename="../../app/core/report_content.py" line="33"/>
        <source>maximum imputed</source>
        <translation>최댓값으로 대체</translation>
    </message>
    <message>
        <location filename="../../app/core/report_content.py" line="34"/>
        <source>worst value imputed</source>
        <translation>가장 불리한 값으로 대체</translation>
    </message>
    <message>
        <location filename="../../app/core/report_content.py" line="180"/>
        <source>Monte-Carlo weight sensitivity: the weights were redrawn {runs} times from a Dirichlet distribution centred on the chosen weights (concentration {conc}) and the districts re-scored. &apos;P(top {k})&apos; is the share of the {runs} runs in which a district ranked in the top {k}; &apos;rank 90% interval&apos; is the 5th-95th percentile of its rank. Indicator values and standardisations were not varied.</source>
        <translation>몬테카를로 가중치 민감도: 가중치를 현재 값 중심의 디리클레 분포(집중도 {conc})에서 {runs}회 무작위로 바꾸어 다시 평가했습니다. &apos;상위 진입 확률&apos;은 {runs}회 중 상위 {k}위 안에 든 비율, &apos;순위 90% 구간&apos;은 순위의 5~95 백분위입니다. 지표 값과 표준화는 바꾸지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../app/gui/widgets/results_panel.py" line="188"/>
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/results_panel.py" line="188"/>
        <source>District</source>
        <translation>지역</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/results_panel.py" line="188"/>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/results_panel.py" line="187"/>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/results_panel.py" line="189"/>
        <source>Excluded</source>
        <translation>제외 사유</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/results_panel.py" line="99"/>
        <source>The score combines data of these years:</source>
        <extracomment>Words an engine exclusion reason for the reader (the panel sets it; the reason as is by default). The years of the data the score combines (issue 11 §7): &quot;2019–2025&quot; in the Score header, each criterion with its year in the Rank and Score header tooltips.</extracomment>
        <translation>점수는 다음 연도의 자료를 합친 것입니다:</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../app/gui/widgets/results_panel.py" line="339"/>
        <source>Filter by name or code (e.g. 세종, 강원)…</source>
        <translation>이름이나 코드로 찾기 (예: 세종, 강원)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/results_panel.py" line="373"/>
        <source>Ranking</source>
        <translation>순위</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/results_panel.py" line="378"/>
        <source>Sensitivity</source>
        <translation>민감도</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/results_panel.py" line="401"/>
        <source>No result.</source>
        <translation>결과 없음.</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/results_panel.py" line="412"/>
        <source>%1 districts scored, %2 excluded · method %3</source>
        <translation>%1개 지역 평가, %2개 제외 · 방법 %3</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/results_panel.py" line="416"/>
        <source>Notes:</source>
        <translation>알림:</translation>
    </message>
</context>
<context>
    <name>ScenarioManager</name>
    <message>
        <location filename="../../app/gui/widgets/scenario_manager.py" line="49"/>
        <source>Scenarios</source>
        <translation>시나리오</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/scenario_manager.py" line="51"/>
        <source>Scenarios of this project (the active one is in bold):</source>
        <translation>이 프로젝트의 시나리오 (굵은 글씨가 현재 시나리오):</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/scenario_manager.py" line="57"/>
        <source>New…</source>
        <translation>새로 만들기…</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/scenario_manager.py" line="59"/>
        <source>Duplicate</source>
        <translation>복제</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/scenario_manager.py" line="61"/>
        <source>Rename…</source>
        <translation>이름 바꾸기…</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/scenario_manager.py" line="63"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/scenario_manager.py" line="65"/>
        <source>Make active</source>
        <translation>현재 시나리오로</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/scenario_manager.py" line="92"/>
        <source>%1 — %2, %3 criteria</source>
        <translation>%1 — %2, 기준 %3개</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/scenario_manager.py" line="156"/>
        <source>A project keeps at least one scenario.</source>
        <translation>프로젝트에는 시나리오가 하나 이상 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/scenario_manager.py" line="171"/>
        <source>Empty scenario</source>
        <translation>빈 시나리오</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/scenario_manager.py" line="174"/>
        <source>From preset: %1</source>
        <translation>프리셋에서: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/scenario_manager.py" line="176"/>
        <location filename="../../app/gui/widgets/scenario_manager.py" line="180"/>
        <location filename="../../app/gui/widgets/scenario_manager.py" line="181"/>
        <source>New scenario</source>
        <translation>새 시나리오</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/scenario_manager.py" line="176"/>
        <source>Start from:</source>
        <translation>시작:</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/scenario_manager.py" line="180"/>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/scenario_manager.py" line="189"/>
        <source>Rename scenario</source>
        <translation>시나리오 이름 바꾸기</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/scenario_manager.py" line="189"/>
        <source>New name:</source>
        <translation>새 이름:</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/scenario_manager.py" line="197"/>
        <source>Delete scenario</source>
        <translation>시나리오 삭제</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/scenario_manager.py" line="198"/>
        <source>Delete the scenario “%1”? (Edit &gt; Undo brings it back.)</source>
        <translation>시나리오 “%1”을(를) 삭제할까요? (편집 &gt; 실행 취소로 되돌릴 수 있습니다.)</translation>
    </message>
</context>
<context>
    <name>SensitivityChart</name>
    <message>
        <location filename="../../app/gui/widgets/sensitivity_view.py" line="65"/>
        <source>Run the analysis to see how stable the ranking is
when the weights vary.</source>
        <translation>분석을 실행하면 가중치가 바뀔 때
순위가 얼마나 안정적인지 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/sensitivity_view.py" line="75"/>
        <source>P(top %1)</source>
        <translation>상위 %1 확률</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/sensitivity_view.py" line="76"/>
        <source>rank 5–95 %</source>
        <translation>순위 5–95 %</translation>
    </message>
</context>
<context>
    <name>SensitivityView</name>
    <message>
        <location filename="../../app/gui/widgets/sensitivity_view.py" line="181"/>
        <source>Runs</source>
        <translation>반복 횟수</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/sensitivity_view.py" line="182"/>
        <source>Concentration</source>
        <translation>집중도</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/sensitivity_view.py" line="183"/>
        <source>Dirichlet concentration of the weight draws: 10 = weights vary a lot, 200 = a little</source>
        <translation>가중치 추출의 디리클레 집중도: 10 = 가중치가 크게 변함, 200 = 조금 변함</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/sensitivity_view.py" line="186"/>
        <source>Top k</source>
        <translation>상위 k</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/sensitivity_view.py" line="187"/>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/sensitivity_view.py" line="188"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/sensitivity_view.py" line="189"/>
        <source>One at a time</source>
        <translation>하나씩 바꾸기</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/sensitivity_view.py" line="190"/>
        <source>Sweep each weight from 0 to 100 % (the others rescaled) and show the range over which the top k stays the same</source>
        <translation>가중치를 하나씩 0에서 100 %까지 바꾸고(나머지는 비율 유지) 상위 k가 그대로인 범위를 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/sensitivity_view.py" line="203"/>
        <source>Score the project first.</source>
        <translation>먼저 프로젝트를 평가하세요.</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/sensitivity_view.py" line="205"/>
        <source>Running…</source>
        <translation>실행 중…</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/sensitivity_view.py" line="222"/>
        <source>One at a time (21 steps per weight, others rescaled): weight range keeping the same top %1</source>
        <translation>하나씩 바꾸기 (가중치마다 21단계, 나머지 비율 유지): 상위 %1이(가) 그대로인 가중치 범위</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/sensitivity_view.py" line="225"/>
        <source>%1: %2 % now, top %3 unchanged from %4 % to %5 %</source>
        <translation>%1: 현재 %2 %, %4 %에서 %5 %까지 상위 %3 변화 없음</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/sensitivity_view.py" line="207"/>
        <source>Cancelled.</source>
        <translation>취소했습니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/sensitivity_view.py" line="209"/>
        <source>Sensitivity analysis failed: %1</source>
        <translation>민감도 분석 실패: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/sensitivity_view.py" line="211"/>
        <source>%1 weight sets evaluated.</source>
        <translation>가중치 조합 %1개를 평가했습니다.</translation>
    </message>
</context>
<context>
    <name>TransformChart</name>
    <message>
        <location filename="../../app/gui/widgets/transform_chart.py" line="75"/>
        <source>No data</source>
        <translation>자료 없음</translation>
    </message>
</context>
<context>
    <name>ZonalDialog</name>
    <message>
        <location filename="../../app/gui/widgets/zonal_dialog.py" line="81"/>
        <source>Zonal statistics</source>
        <translation>구역 통계</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/zonal_dialog.py" line="85"/>
        <source>Summarise a raster (e.g. land cover) over each district. The results become indicators named &lt;i&gt;prefix&lt;/i&gt;_&lt;i&gt;statistic&lt;/i&gt; for the criteria and the map.</source>
        <translation>래스터(예: 토지피복)를 구역마다 요약합니다. 결과는 &lt;i&gt;접두어&lt;/i&gt;_&lt;i&gt;통계&lt;/i&gt; 이름의 지표가 되어 기준과 지도에 쓰입니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/zonal_dialog.py" line="94"/>
        <source>Add from file…</source>
        <translation>파일에서 추가…</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/zonal_dialog.py" line="97"/>
        <source>Raster layer</source>
        <translation>래스터 레이어</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/zonal_dialog.py" line="99"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/zonal_dialog.py" line="111"/>
        <source>Statistics</source>
        <translation>통계</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/zonal_dialog.py" line="116"/>
        <source>Column prefix</source>
        <translation>열 접두어</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/zonal_dialog.py" line="118"/>
        <source>Legend classes (one fraction column per class):</source>
        <translation>범례 분류 (분류마다 비율 열 하나):</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/zonal_dialog.py" line="128"/>
        <source>Remove statistics</source>
        <translation>통계 제거</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/zonal_dialog.py" line="167"/>
        <source>Add raster layer</source>
        <translation>래스터 레이어 추가</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/zonal_dialog.py" line="168"/>
        <source>Rasters</source>
        <translation>래스터</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/zonal_dialog.py" line="168"/>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/zonal_dialog.py" line="213"/>
        <source>categorical (classes)</source>
        <translation>분류형 (클래스)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/zonal_dialog.py" line="213"/>
        <source>continuous values</source>
        <translation>연속값</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/zonal_dialog.py" line="69"/>
        <source>The project has no raster layer: add one from a file.</source>
        <extracomment>Messages the dialog may show (tests assert which one). Marked with QT_TRANSLATE_NOOP so lupdate keeps them in the .ts; translated where shown.</extracomment>
        <translation>프로젝트에 래스터 레이어가 없습니다. 파일에서 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/zonal_dialog.py" line="70"/>
        <source>Choose at least one statistic.</source>
        <translation>통계를 하나 이상 고르세요.</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/zonal_dialog.py" line="71"/>
        <source>The prefix must start with a letter and hold only letters, digits and &apos;_&apos; (e.g. lc).</source>
        <translation>접두어는 영문자로 시작하고 영문자, 숫자, &apos;_&apos;만 쓸 수 있습니다 (예: lc).</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/zonal_dialog.py" line="72"/>
        <source>Layer &apos;%1&apos; already uses the prefix &apos;%2&apos;.</source>
        <translation>레이어 &apos;%1&apos;이(가) 이미 접두어 &apos;%2&apos;을(를) 씁니다.</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/zonal_dialog.py" line="73"/>
        <source>Columns starting with &apos;%1_&apos; already exist among the indicators (%2): choose another prefix.</source>
        <translation>&apos;%1_&apos;(으)로 시작하는 지표가 이미 있습니다 (%2). 다른 접두어를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/zonal_dialog.py" line="75"/>
        <source>Cannot read the raster: %1</source>
        <translation>래스터를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/zonal_dialog.py" line="46"/>
        <source>Mean</source>
        <translation>평균</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/zonal_dialog.py" line="47"/>
        <source>Minimum</source>
        <translation>최솟값</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/zonal_dialog.py" line="48"/>
        <source>Maximum</source>
        <translation>최댓값</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/zonal_dialog.py" line="49"/>
        <source>Majority class</source>
        <translation>최빈 분류</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/zonal_dialog.py" line="50"/>
        <source>Class fractions</source>
        <translation>분류별 비율</translation>
    </message>
</context>
<context>
    <name>ZonalWords</name>
    <message>
        <location filename="../../app/core/pipeline.py" line="236"/>
        <source>mean</source>
        <extracomment>Prefix of the per-criterion contribution columns in :func:`result_frame`. Statistics a raster layer&apos;s ``options[&quot;zonal&quot;][&quot;stats&quot;]`` may list (see :mod:`smartzone.layers.zonal`). A zonal statistic&apos;s words in a column&apos;s display name: id -&gt; English, worded from the .ts (context ``ZonalWords``) by :func:`smartzone.app.core.words.words`.</extracomment>
        <translation>평균</translation>
    </message>
    <message>
        <location filename="../../app/core/pipeline.py" line="237"/>
        <source>sum</source>
        <translation>합계</translation>
    </message>
    <message>
        <location filename="../../app/core/pipeline.py" line="238"/>
        <source>min</source>
        <translation>최솟값</translation>
    </message>
    <message>
        <location filename="../../app/core/pipeline.py" line="239"/>
        <source>max</source>
        <translation>최댓값</translation>
    </message>
    <message>
        <location filename="../../app/core/pipeline.py" line="240"/>
        <source>pixel count</source>
        <translation>화소 수</translation>
    </message>
    <message>
        <location filename="../../app/core/pipeline.py" line="241"/>
        <source>majority class</source>
        <translation>최빈 분류</translation>
    </message>
    <message>
        <location filename="../../app/core/pipeline.py" line="243"/>
        <source>share</source>
        <translation>비율</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../app/drawing/i18n.py" line="33"/>
        <source>&amp;Look in:</source>
        <translation>찾는 위치(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../app/drawing/i18n.py" line="34"/>
        <source>Files of &amp;type:</source>
        <translation>파일 형식(&amp;T):</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../app/drawing/i18n.py" line="35"/>
        <source>Folder</source>
        <translation>폴더</translation>
    </message>
</context>
</TS>
