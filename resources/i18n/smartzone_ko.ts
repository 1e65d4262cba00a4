<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko_KR">
<context>
    <name>AhpEditor</name>
    <message>
        <location filename="../../app/widgets/ahp_editor.py" line="69" />
        <source>AHP pairwise comparison</source>
        <translation>AHP 쌍대비교</translation>
    </message>
    <message>
        <location filename="../../app/widgets/ahp_editor.py" line="77" />
        <source>How much more important is the row criterion than the column criterion? (1 = equal, 3 = moderately, 5 = strongly, 7 = very strongly, 9 = extremely)</source>
        <translation>행 기준이 열 기준보다 얼마나 더 중요합니까? (1 = 같음, 3 = 약간, 5 = 중요, 7 = 매우 중요, 9 = 절대 중요)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/ahp_editor.py" line="83" />
        <source>Weight</source>
        <translation>가중치</translation>
    </message>
    <message>
        <location filename="../../app/widgets/ahp_editor.py" line="92" />
        <source>Apply weights</source>
        <translation>가중치 적용</translation>
    </message>
    <message>
        <location filename="../../app/widgets/ahp_editor.py" line="134" />
        <source>Cannot compute AHP weights: %1</source>
        <translation>AHP 가중치를 계산할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../app/widgets/ahp_editor.py" line="142" />
        <source>acceptable</source>
        <translation>허용 가능</translation>
    </message>
    <message>
        <location filename="../../app/widgets/ahp_editor.py" line="142" />
        <source>inconsistent: revise the judgements (CR must be &lt; 0.10)</source>
        <translation>일관성 부족: 판단을 고치세요 (CR &lt; 0.10이어야 함)</translation>
    </message>
</context>
<context>
    <name>AppSession</name>
    <message>
        <location filename="../../app/widgets/session.py" line="108" />
        <source>Loading districts and indicators…</source>
        <translation>경계와 지표를 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/session.py" line="178" />
        <source>No criteria: add at least one indicator in the Criteria panel.</source>
        <translation>기준이 없습니다: 평가 기준 패널에서 지표를 하나 이상 추가하세요.</translation>
    </message>
</context>
<context>
    <name>BreakdownChart</name>
    <message>
        <location filename="../../app/widgets/results_panel.py" line="223" />
        <source>Select districts on the map or in the table
to see what makes up their score.</source>
        <translation>지도나 표에서 지역을 선택하면
점수 구성을 보여 줍니다.</translation>
    </message>
</context>
<context>
    <name>ConstraintEditor</name>
    <message>
        <location filename="../../app/widgets/constraint_editor.py" line="145" />
        <source>Rule</source>
        <translation>조건</translation>
    </message>
    <message>
        <location filename="../../app/widgets/constraint_editor.py" line="145" />
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location filename="../../app/widgets/constraint_editor.py" line="145" />
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../app/widgets/constraint_editor.py" line="146" />
        <source>Excluded</source>
        <translation>제외</translation>
    </message>
    <message>
        <location filename="../../app/widgets/constraint_editor.py" line="148" />
        <source>Districts this constraint excludes in the loaded data</source>
        <translation>불러온 자료에서 이 제약 조건으로 제외되는 지역 수</translation>
    </message>
    <message>
        <location filename="../../app/widgets/constraint_editor.py" line="161" />
        <source>Add constraint</source>
        <translation>제약 조건 추가</translation>
    </message>
    <message>
        <location filename="../../app/widgets/constraint_editor.py" line="162" />
        <source>Exclude the districts where this indicator crosses a threshold</source>
        <translation>이 지표가 기준값을 넘거나 밑도는 지역을 제외합니다</translation>
    </message>
    <message>
        <location filename="../../app/widgets/constraint_editor.py" line="164" />
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../app/widgets/constraint_editor.py" line="293" />
        <source>reason shown in the results</source>
        <translation>결과에 표시할 사유</translation>
    </message>
    <message>
        <location filename="../../app/widgets/constraint_editor.py" line="352" />
        <source>Unit: %1</source>
        <translation>단위: %1</translation>
    </message>
    <message>
        <location filename="../../app/widgets/constraint_editor.py" line="354" />
        <location filename="../../app/widgets/constraint_editor.py" line="382" />
        <source>Data still loading.</source>
        <translation>자료를 불러오는 중입니다.</translation>
    </message>
    <message>
        <location filename="../../app/widgets/constraint_editor.py" line="356" />
        <source>No values in the data.</source>
        <translation>자료에 값이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../app/widgets/constraint_editor.py" line="358" />
        <source>Data range: %1 – %2</source>
        <translation>자료 범위: %1 – %2</translation>
    </message>
    <message>
        <location filename="../../app/widgets/constraint_editor.py" line="367" />
        <source>Select a criterion to edit its constraints.</source>
        <translation>제약 조건을 편집할 기준을 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../app/widgets/constraint_editor.py" line="370" />
        <source>Districts where “%1” meets a rule below are excluded from the score; the results list the reason.</source>
        <translation>“%1” 값이 아래 조건에 해당하는 지역은 평가에서 제외되고, 결과표에 그 사유가 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../../app/widgets/constraint_editor.py" line="377" />
        <source>No constraints: no district is excluded by this criterion.</source>
        <translation>제약 조건 없음: 이 기준으로 제외되는 지역이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../app/widgets/constraint_editor.py" line="381" />
        <source>Select a constraint to see how many districts it excludes.</source>
        <translation>제약 조건을 선택하면 제외되는 지역 수를 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../app/widgets/constraint_editor.py" line="384" />
        <source>%1 districts excluded by this constraint</source>
        <translation>이 제약 조건으로 %1개 지역 제외</translation>
    </message>
    <message>
        <location filename="../../app/widgets/constraint_editor.py" line="389" />
        <source>%1 by all constraints of this criterion</source>
        <translation>이 기준의 모든 제약 조건으로 %1개</translation>
    </message>
</context>
<context>
    <name>CriteriaPanel</name>
    <message>
        <location filename="../../app/widgets/criteria_panel.py" line="70" />
        <source>Scenario</source>
        <translation>시나리오</translation>
    </message>
    <message>
        <location filename="../../app/widgets/criteria_panel.py" line="73" />
        <location filename="../../app/widgets/criteria_panel.py" line="120" />
        <source>Method</source>
        <translation>방법</translation>
    </message>
    <message>
        <location filename="../../app/widgets/criteria_panel.py" line="75" />
        <source>Method parameters</source>
        <translation>방법 매개변수</translation>
    </message>
    <message>
        <location filename="../../app/widgets/criteria_panel.py" line="83" />
        <source>Criterion</source>
        <translation>기준</translation>
    </message>
    <message>
        <location filename="../../app/widgets/criteria_panel.py" line="83" />
        <source>Direction</source>
        <translation>방향</translation>
    </message>
    <message>
        <location filename="../../app/widgets/criteria_panel.py" line="84" />
        <source>Weight</source>
        <translation>가중치</translation>
    </message>
    <message>
        <location filename="../../app/widgets/criteria_panel.py" line="98" />
        <source>Add criterion</source>
        <translation>기준 추가</translation>
    </message>
    <message>
        <location filename="../../app/widgets/criteria_panel.py" line="103" />
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../app/widgets/criteria_panel.py" line="105" />
        <source>AHP…</source>
        <translation>AHP…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/criteria_panel.py" line="106" />
        <source>Derive the weights from pairwise comparisons</source>
        <translation>쌍대비교로 가중치 산정</translation>
    </message>
    <message>
        <location filename="../../app/widgets/criteria_panel.py" line="108" />
        <source>Equal weights</source>
        <translation>동일 가중치</translation>
    </message>
    <message>
        <location filename="../../app/widgets/criteria_panel.py" line="115" />
        <source>Standardisation</source>
        <translation>표준화</translation>
    </message>
    <message>
        <location filename="../../app/widgets/criteria_panel.py" line="122" />
        <source>impute median</source>
        <translation>중앙값 대체</translation>
    </message>
    <message>
        <location filename="../../app/widgets/criteria_panel.py" line="122" />
        <source>score 0</source>
        <translation>0점 처리</translation>
    </message>
    <message>
        <location filename="../../app/widgets/criteria_panel.py" line="123" />
        <source>exclude district</source>
        <translation>지역 제외</translation>
    </message>
    <message>
        <location filename="../../app/widgets/criteria_panel.py" line="126" />
        <source>Missing values</source>
        <translation>결측값</translation>
    </message>
    <message>
        <location filename="../../app/widgets/criteria_panel.py" line="212" />
        <source>benefit ↑</source>
        <translation>편익 ↑</translation>
    </message>
    <message>
        <location filename="../../app/widgets/criteria_panel.py" line="213" />
        <source>cost ↓</source>
        <translation>비용 ↓</translation>
    </message>
    <message>
        <location filename="../../app/widgets/criteria_panel.py" line="278" />
        <source>AHP</source>
        <translation>AHP</translation>
    </message>
    <message>
        <location filename="../../app/widgets/criteria_panel.py" line="278" />
        <source>AHP needs at least two criteria.</source>
        <translation>AHP에는 기준이 두 개 이상 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../app/widgets/criteria_panel.py" line="310" />
        <source>(data still loading)</source>
        <translation>(자료를 불러오는 중)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/criteria_panel.py" line="332" />
        <source>Cannot apply</source>
        <translation>적용할 수 없음</translation>
    </message>
    <message>
        <location filename="../../app/widgets/criteria_panel.py" line="167" />
        <location filename="../../app/widgets/criteria_panel.py" line="434" />
        <source>Constraints</source>
        <translation>제약 조건</translation>
    </message>
</context>
<context>
    <name>LayersPanel</name>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="113" />
        <source>Opacity</source>
        <translation>불투명도</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="120" />
        <source>Add…</source>
        <translation>추가…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="121" />
        <source>Add a vector (GPKG, SHP, GeoJSON), raster (GeoTIFF) or table (CSV, XLSX)</source>
        <translation>벡터(GPKG, SHP, GeoJSON), 래스터(GeoTIFF), 표(CSV, XLSX) 추가</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="124" />
        <source>Move up</source>
        <translation>위로</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="127" />
        <source>Move down</source>
        <translation>아래로</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="129" />
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="131" />
        <source>Properties</source>
        <translation>속성</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="225" />
        <source>Remove layer</source>
        <translation>레이어 삭제</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="226" />
        <source>This is the districts layer used for scoring. Remove it anyway?</source>
        <translation>평가에 쓰는 경계 레이어입니다. 그래도 삭제할까요?</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="234" />
        <source>Add layers</source>
        <translation>레이어 추가</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="235" />
        <source>All supported (*.gpkg *.shp *.geojson *.json *.zip *.tif *.tiff *.csv *.xlsx);;Vector (*.gpkg *.shp *.geojson *.json *.zip);;Raster (*.tif *.tiff);;Tables (*.csv *.xlsx)</source>
        <translation>지원 형식 (*.gpkg *.shp *.geojson *.json *.zip *.tif *.tiff *.csv *.xlsx);;벡터 (*.gpkg *.shp *.geojson *.json *.zip);;래스터 (*.tif *.tiff);;표 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="247" />
        <source>This file type is not supported. Use GeoPackage, Shapefile, GeoJSON, GeoTIFF, CSV or XLSX.</source>
        <translation>지원하지 않는 파일 형식입니다. GeoPackage, Shapefile, GeoJSON, GeoTIFF, CSV, XLSX를 사용하세요.</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="250" />
        <source>Checking %1…</source>
        <translation>%1 확인 중…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="280" />
        <source>Added %1 (%2)</source>
        <translation>%1 추가됨 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="284" />
        <source>Cannot add layer</source>
        <translation>레이어를 추가할 수 없음</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="285" />
        <source>%1 could not be added.</source>
        <translation>%1 파일을 추가할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="308" />
        <source>Cannot read the file: %1</source>
        <translation>파일을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../app/widgets/layers_panel.py" line="321" />
        <source>Layer properties</source>
        <translation>레이어 속성</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Hot spots of the score (LISA)</source>
        <translation>점수의 핫스팟 (LISA)</translation>
    </message>
    <message>
        <source>Hot spots (local Moran's I, FDR 5%)</source>
        <translation>핫스팟 (국지적 Moran's I, FDR 5%)</translation>
    </message>
    <message>
        <source>Hot spots could not be computed: %1</source>
        <translation>핫스팟을 계산할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="109" />
        <source>Loading SmartZone…</source>
        <translation>SmartZone 여는 중…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="130" />
        <source>Loading map…</source>
        <translation>지도를 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="157" />
        <source>Cannot open project:</source>
        <translation>프로젝트를 열 수 없습니다:</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="173" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="190" />
        <source>Layers</source>
        <translation>레이어</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="191" />
        <source>Criteria</source>
        <translation>평가 기준</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="193" />
        <source>Results</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="229" />
        <source>&amp;New demo project</source>
        <translation>새 데모 프로젝트(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="230" />
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="231" />
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="232" />
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="233" />
        <source>Export map image…</source>
        <translation>지도 이미지 내보내기…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="234" />
        <source>Add layer…</source>
        <translation>레이어 추가…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="236" />
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="237" />
        <location filename="../../app/widgets/main_window.py" line="478" />
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="238" />
        <location filename="../../app/widgets/main_window.py" line="479" />
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="239" />
        <source>Zoom &amp;in</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="241" />
        <source>Zoom &amp;out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="242" />
        <source>&amp;Full extent</source>
        <translation>전체 보기(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="244" />
        <source>Zoom to &amp;layer</source>
        <translation>레이어에 맞춤(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="245" />
        <source>Zoom to &amp;selection</source>
        <translation>선택 영역으로(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="247" />
        <source>&amp;About SmartZone</source>
        <translation>SmartZone 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="248" />
        <source>&amp;Export scores…</source>
        <translation>점수 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="249" />
        <source>&amp;Compare scenarios</source>
        <translation>시나리오 비교(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="254" />
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="256" />
        <source>Open &amp;recent</source>
        <translation>최근 프로젝트(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="264" />
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="266" />
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="272" />
        <source>&amp;Analysis</source>
        <translation>분석(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="274" />
        <source>&amp;Settings</source>
        <translation>설정(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="275" />
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="285" />
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="289" />
        <source>Main</source>
        <translation>기본</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="301" />
        <source>Map style</source>
        <translation>지도 스타일</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="304" />
        <source>Level</source>
        <translation>단위</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="306" />
        <source>시군구 (municipalities)</source>
        <translation>시군구</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="307" />
        <source>읍면동 (neighbourhoods)</source>
        <translation>읍면동</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="310" />
        <source>Map</source>
        <translation>지도</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="315" />
        <source>Classes</source>
        <translation>등급 구분</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="389" />
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="390" />
        <source>The project has unsaved changes. Save them before closing?</source>
        <translation>저장하지 않은 변경 사항이 있습니다. 닫기 전에 저장할까요?</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="409" />
        <source>Open project</source>
        <translation>프로젝트 열기</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="420" />
        <source>Cannot open project</source>
        <translation>프로젝트를 열 수 없음</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="435" />
        <source>Save project as</source>
        <translation>프로젝트를 다른 이름으로 저장</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="442" />
        <source>Cannot save project</source>
        <translation>프로젝트를 저장할 수 없음</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="445" />
        <source>Saved %1</source>
        <translation>%1 저장함</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="457" />
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="466" />
        <source>Undone: %1</source>
        <translation>실행 취소: %1</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="471" />
        <source>Redone: %1</source>
        <translation>다시 실행: %1</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="483" />
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="515" />
        <source>scored in %1 ms</source>
        <translation>평가 %1 ms</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="523" />
        <location filename="../../app/widgets/main_window.py" line="530" />
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="524" />
        <source>Score (%1)</source>
        <translation>점수 (%1)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="555" />
        <source>Tip: choose “%1” in the Map list to map the raw indicator.</source>
        <translation>도움말: 지도 목록에서 “%1”을(를) 고르면 원 지표를 지도로 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="677" />
        <source>Export map image</source>
        <translation>지도 이미지 내보내기</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="682" />
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="682" />
        <source>Could not write %1</source>
        <translation>%1에 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="709" />
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="716" />
        <source>About SmartZone</source>
        <translation>SmartZone 정보</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="717" />
        <source>&lt;b&gt;SmartZone&lt;/b&gt;&lt;br&gt;Site selection for Korean smart-city special zones and shrinking cities.&lt;br&gt;&lt;br&gt;Fonts: Nanum Gothic (SIL Open Font License).</source>
        <translation>&lt;b&gt;SmartZone&lt;/b&gt;&lt;br&gt;스마트도시 특화단지·소멸위기 도시 입지 선정 도구&lt;br&gt;&lt;br&gt;글꼴: 나눔고딕 (SIL Open Font License)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="723" />
        <source>Language changed. Some texts update after a restart.</source>
        <translation>언어를 바꿨습니다. 일부 문구는 다시 시작한 뒤 바뀝니다.</translation>
    </message>
    <message>
        <source>&amp;Zonal statistics…</source>
        <translation>구역 통계(&amp;Z)…</translation>
    </message>
    <message>
        <source>Summarise a land-cover raster over the districts as new indicators</source>
        <translation>토지피복 래스터를 구역별로 요약해 새 지표로 만듭니다</translation>
    </message>
    <message>
        <source>Loading cancelled; the previous data is kept.</source>
        <translation>불러오기를 취소했습니다. 이전 데이터를 그대로 씁니다.</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <location filename="../../app/widgets/map_canvas.py" line="321" />
        <source>No data / excluded</source>
        <translation>자료 없음 / 제외</translation>
    </message>
    <message>
        <location filename="../../app/widgets/map_canvas.py" line="454" />
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location filename="../../app/widgets/map_canvas.py" line="458" />
        <source>Rank: %1 of %2</source>
        <translation>순위: %2개 중 %1위</translation>
    </message>
    <message>
        <location filename="../../app/widgets/map_canvas.py" line="461" />
        <source>Excluded or no data</source>
        <translation>제외 또는 자료 없음</translation>
    </message>
</context>
<context>
    <name>ParamForm</name>
    <message>
        <location filename="../../app/widgets/param_form.py" line="87" />
        <source>No parameters.</source>
        <translation>매개변수 없음.</translation>
    </message>
    <message>
        <location filename="../../app/widgets/param_form.py" line="100" />
        <source>auto (from data)</source>
        <translation>자동 (자료 기준)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/param_form.py" line="122" />
        <source>district codes, comma separated</source>
        <translation>지역 코드 (쉼표로 구분)</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../app/widgets/results_panel.py" line="151" />
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <location filename="../../app/widgets/results_panel.py" line="151" />
        <source>District</source>
        <translation>지역</translation>
    </message>
    <message>
        <location filename="../../app/widgets/results_panel.py" line="151" />
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <location filename="../../app/widgets/results_panel.py" line="151" />
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <location filename="../../app/widgets/results_panel.py" line="152" />
        <source>Excluded because</source>
        <translation>제외 사유</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../app/widgets/results_panel.py" line="296" />
        <source>Filter by name or code (e.g. 세종, 강원)…</source>
        <translation>이름이나 코드로 찾기 (예: 세종, 강원)…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/results_panel.py" line="322" />
        <source>Ranking</source>
        <translation>순위</translation>
    </message>
    <message>
        <location filename="../../app/widgets/results_panel.py" line="326" />
        <source>Sensitivity</source>
        <translation>민감도</translation>
    </message>
    <message>
        <location filename="../../app/widgets/results_panel.py" line="338" />
        <source>No result.</source>
        <translation>결과 없음.</translation>
    </message>
    <message>
        <location filename="../../app/widgets/results_panel.py" line="343" />
        <source>%1 districts scored, %2 excluded · method %3</source>
        <translation>%1개 지역 평가, %2개 제외 · 방법 %3</translation>
    </message>
    <message>
        <location filename="../../app/widgets/results_panel.py" line="348" />
        <source>Notes:</source>
        <translation>알림:</translation>
    </message>
</context>
<context>
    <name>SensitivityChart</name>
    <message>
        <location filename="../../app/widgets/sensitivity_view.py" line="61" />
        <source>Run the analysis to see how stable the ranking is
when the weights vary.</source>
        <translation>분석을 실행하면 가중치가 바뀔 때
순위가 얼마나 안정적인지 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../app/widgets/sensitivity_view.py" line="71" />
        <source>P(top %1)</source>
        <translation>상위 %1 확률</translation>
    </message>
    <message>
        <location filename="../../app/widgets/sensitivity_view.py" line="72" />
        <source>rank 5–95 %</source>
        <translation>순위 5–95 %</translation>
    </message>
</context>
<context>
    <name>SensitivityView</name>
    <message>
        <location filename="../../app/widgets/sensitivity_view.py" line="115" />
        <source>Runs</source>
        <translation>반복 횟수</translation>
    </message>
    <message>
        <location filename="../../app/widgets/sensitivity_view.py" line="121" />
        <source>Concentration</source>
        <translation>집중도</translation>
    </message>
    <message>
        <location filename="../../app/widgets/sensitivity_view.py" line="122" />
        <source>Dirichlet concentration of the weight draws: 10 = weights vary a lot, 200 = a little</source>
        <translation>가중치 추출의 디리클레 집중도: 10 = 가중치가 크게 변함, 200 = 조금 변함</translation>
    </message>
    <message>
        <location filename="../../app/widgets/sensitivity_view.py" line="132" />
        <source>Top k</source>
        <translation>상위 k</translation>
    </message>
    <message>
        <location filename="../../app/widgets/sensitivity_view.py" line="140" />
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <location filename="../../app/widgets/sensitivity_view.py" line="142" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../app/widgets/sensitivity_view.py" line="164" />
        <source>Score the project first.</source>
        <translation>먼저 프로젝트를 평가하세요.</translation>
    </message>
    <message>
        <location filename="../../app/widgets/sensitivity_view.py" line="170" />
        <source>Sensitivity analysis is not available: %1</source>
        <translation>민감도 분석을 사용할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../app/widgets/sensitivity_view.py" line="189" />
        <source>Running…</source>
        <translation>실행 중…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/sensitivity_view.py" line="205" />
        <source>Cancelled.</source>
        <translation>취소했습니다.</translation>
    </message>
    <message>
        <location filename="../../app/widgets/sensitivity_view.py" line="209" />
        <source>Sensitivity analysis failed: %1</source>
        <translation>민감도 분석 실패: %1</translation>
    </message>
    <message>
        <location filename="../../app/widgets/sensitivity_view.py" line="217" />
        <source>%1 weight sets evaluated.</source>
        <translation>가중치 조합 %1개를 평가했습니다.</translation>
    </message>
</context>
<context>
    <name>TransformChart</name>
    <message>
        <location filename="../../app/widgets/transform_chart.py" line="75" />
        <source>No data</source>
        <translation>자료 없음</translation>
    </message>
</context>
<context>
    <name>ZonalDialog</name>
    <message>
        <source>Zonal statistics</source>
        <translation>구역 통계</translation>
    </message>
    <message>
        <source>Summarise a raster (e.g. land cover) over each district. The results become indicators named &lt;i&gt;prefix&lt;/i&gt;_&lt;i&gt;statistic&lt;/i&gt; for the criteria and the map.</source>
        <translation>래스터(예: 토지피복)를 구역마다 요약합니다. 결과는 &lt;i&gt;접두어&lt;/i&gt;_&lt;i&gt;통계&lt;/i&gt; 이름의 지표가 되어 기준과 지도에 쓰입니다.</translation>
    </message>
    <message>
        <source>Add from file…</source>
        <translation>파일에서 추가…</translation>
    </message>
    <message>
        <source>Raster layer</source>
        <translation>래스터 레이어</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>통계</translation>
    </message>
    <message>
        <source>Column prefix</source>
        <translation>열 접두어</translation>
    </message>
    <message>
        <source>Legend classes (one fraction column per class):</source>
        <translation>범례 분류 (분류마다 비율 열 하나):</translation>
    </message>
    <message>
        <source>Remove statistics</source>
        <translation>통계 제거</translation>
    </message>
    <message>
        <source>Add raster layer</source>
        <translation>래스터 레이어 추가</translation>
    </message>
    <message>
        <source>Rasters (*.tif *.tiff *.img *.vrt);;All files (*)</source>
        <translation>래스터 (*.tif *.tiff *.img *.vrt);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>categorical (classes)</source>
        <translation>분류형 (클래스)</translation>
    </message>
    <message>
        <source>continuous values</source>
        <translation>연속값</translation>
    </message>
    <message>
        <source>The project has no raster layer: add one from a file.</source>
        <translation>프로젝트에 래스터 레이어가 없습니다. 파일에서 추가하세요.</translation>
    </message>
    <message>
        <source>Choose at least one statistic.</source>
        <translation>통계를 하나 이상 고르세요.</translation>
    </message>
    <message>
        <source>The prefix must start with a letter and hold only letters, digits and '_' (e.g. lc).</source>
        <translation>접두어는 영문자로 시작하고 영문자, 숫자, '_'만 쓸 수 있습니다 (예: lc).</translation>
    </message>
    <message>
        <source>Layer '%1' already uses the prefix '%2'.</source>
        <translation>레이어 '%1'이(가) 이미 접두어 '%2'을(를) 씁니다.</translation>
    </message>
    <message>
        <source>Columns starting with '%1_' already exist among the indicators (%2): choose another prefix.</source>
        <translation>'%1_'(으)로 시작하는 지표가 이미 있습니다 (%2). 다른 접두어를 고르세요.</translation>
    </message>
    <message>
        <source>Cannot read the raster: %1</source>
        <translation>래스터를 읽을 수 없습니다: %1</translation>
    </message>
</context>
</TS>