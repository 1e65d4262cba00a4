<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
  <context>
    <name>@default</name>
    <message>
      <source>Site selection</source>
      <translation>입지 선정</translation>
    </message>
    <message>
      <source>Score districts (preset)</source>
      <translation>지역 점수화 (프리셋)</translation>
    </message>
    <message>
      <source>Scores every district of a polygon layer with one of SmartZone's presets (industry-hub: smart-city special zone; shrinking-city: smart solutions for shrinking cities) using the SmartZone engine, the same one as the desktop app.

The layer needs a field with the administrative code and one field per indicator of the preset at the chosen level (join the indicator table first; fields prefixed by a QGIS join, e.g. indicators_ict_share, are found too, or map them with indicator=field).

Output: a copy of the layer with score (0-100), rank (1 = best) and excluded (why a district was not scored). A method parameter left at its default takes the preset's value when the preset sets one.</source>
      <translation>SmartZone 프리셋(industry-hub: 스마트도시 특화단지, shrinking-city: 소멸위기 도시 스마트 솔루션)으로 폴리곤 레이어의 모든 지역을 점수화합니다. 데스크톱 앱과 같은 SmartZone 평가 엔진을 사용합니다.

레이어에는 행정구역 코드 필드와, 선택한 분석 단위에서 프리셋이 쓰는 지표마다 필드가 하나씩 있어야 합니다 (먼저 지표 표를 조인하십시오. QGIS 조인이 붙인 접두어가 있는 필드(예: indicators_ict_share)도 찾으며, 지표=필드 형식으로 직접 대응시킬 수도 있습니다).

출력: score(0-100), rank(1 = 최상위), excluded(점수화에서 제외된 이유) 필드를 더한 레이어 사본. 기본값 그대로인 방법 매개변수는 프리셋이 값을 정해 두었으면 그 값을 씁니다.</translation>
    </message>
    <message>
      <source>Score districts (custom weights)</source>
      <translation>지역 점수화 (사용자 가중치)</translation>
    </message>
    <message>
      <source>Scores every district of a polygon layer on up to eight numeric fields. For each field choose its direction (benefit: higher is better; cost: lower is better) and its weight (any non-negative number; weights are normalised to sum 1). Values are standardised to 0-1 with the chosen method, then combined by the chosen scoring method of the SmartZone engine (the same as the desktop app).

Output: a copy of the layer with score (0-100), rank (1 = best) and excluded.</source>
      <translation>폴리곤 레이어의 모든 지역을 숫자 필드 최대 8개로 점수화합니다. 필드마다 방향(편익: 높을수록 좋음, 비용: 낮을수록 좋음)과 가중치(0 이상의 수, 합이 1이 되도록 정규화)를 정합니다. 값은 선택한 방법으로 0-1로 표준화한 뒤 SmartZone 평가 엔진(데스크톱 앱과 동일)의 선택한 평가 방법으로 결합합니다.

출력: score(0-100), rank(1 = 최상위), excluded 필드를 더한 레이어 사본.</translation>
    </message>
    <message>
      <source>Reading {0} districts</source>
      <translation>지역 {0}곳을 읽는 중</translation>
    </message>
    <message>
      <source>Scored {0} districts; {1} excluded.</source>
      <translation>{0}곳을 점수화했습니다. 제외: {1}곳.</translation>
    </message>
    <message>
      <source>Field mapping (indicator=field, ...)</source>
      <translation>필드 대응 (지표=필드, ...)</translation>
    </message>
    <message>
      <source>Districts (polygon layer with indicator fields)</source>
      <translation>지역 (지표 필드가 있는 폴리곤 레이어)</translation>
    </message>
    <message>
      <source>Administrative code field</source>
      <translation>행정구역 코드 필드</translation>
    </message>
    <message>
      <source>Scoring method</source>
      <translation>평가 방법</translation>
    </message>
    <message>
      <source>Scored districts</source>
      <translation>점수화된 지역</translation>
    </message>
    <message>
      <source>Districts scored</source>
      <translation>점수화된 지역 수</translation>
    </message>
    <message>
      <source>Districts excluded</source>
      <translation>제외된 지역 수</translation>
    </message>
    <message>
      <source>Recipe (JSON)</source>
      <translation>재현 정보 (JSON)</translation>
    </message>
    <message>
      <source>Unknown scoring method.</source>
      <translation>알 수 없는 평가 방법입니다.</translation>
    </message>
    <message>
      <source>The input layer has no field {0}.</source>
      <translation>입력 레이어에 {0} 필드가 없습니다.</translation>
    </message>
    <message>
      <source>The input layer has no features.</source>
      <translation>입력 레이어에 피처가 없습니다.</translation>
    </message>
    <message>
      <source>Scoring with {0} ({1} criteria)</source>
      <translation>{0} 방법으로 점수화 중 (기준 {1}개)</translation>
    </message>
    <message>
      <source>Repaired {0} invalid geometries (made valid, polygon parts kept), as smartzone score does.</source>
      <translation>유효하지 않은 도형 {0}개를 고쳤습니다(유효화, 폴리곤 부분 유지; smartzone score와 같은 방식).</translation>
    </message>
    <message>
      <source>Preset</source>
      <translation>프리셋</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>분석 단위</translation>
    </message>
    <message>
      <source>Standardisation</source>
      <translation>표준화</translation>
    </message>
    <message>
      <source>Missing values</source>
      <translation>결측값 처리</translation>
    </message>
    <message>
      <source>Indicator {0}</source>
      <translation>지표 {0}</translation>
    </message>
    <message>
      <source>Indicator {0}: direction</source>
      <translation>지표 {0}: 방향</translation>
    </message>
    <message>
      <source>Indicator {0}: weight</source>
      <translation>지표 {0}: 가중치</translation>
    </message>
    <message>
      <source>benefit (higher is better)</source>
      <translation>편익 (높을수록 좋음)</translation>
    </message>
    <message>
      <source>cost (lower is better)</source>
      <translation>비용 (낮을수록 좋음)</translation>
    </message>
    <message>
      <source>District codes separated by commas or spaces.</source>
      <translation>쉼표나 공백으로 구분한 행정구역 코드.</translation>
    </message>
    <message>
      <source>Plan smart-solution deployment (budget, 35 % rule)</source>
      <translation>스마트 솔루션 배치 계획 (예산, 35 % 규칙)</translation>
    </message>
    <message>
      <source>Chooses which smart solutions of a catalogue go to which districts to maximise the sum of score x value, each solution at most once per district, within the budget (억원) and with at least 35 % of the cost on climate and digital-inclusion solutions (or your floors). Optional: minimum spend, spend in shrinking districts (top:N or score&gt;=X), at most N districts funded. Exact (MILP, HiGHS); the compliance statement is in the log and the SUMMARY output. See docs/planner.md.</source>
      <translation>목록의 스마트 솔루션을 어느 지역에 배치할지 정합니다. 점수 x 가치의 합을 최대화하며, 솔루션은 지역당 한 번, 예산(억원) 이내, 사업비의 35 % 이상을 기후위기 대응과 디지털 포용 솔루션에 씁니다(또는 지정한 하한). 선택: 최소 집행액, 소멸위기 지역 집중(top:N 또는 score&gt;=X), 최대 지원 지역 수. 정확한 해(MILP, HiGHS); 준수 여부는 로그와 SUMMARY 출력에 있습니다. docs/planner.md 참고.</translation>
    </message>
    <message>
      <source>Scored districts (polygon layer)</source>
      <translation>점수가 매겨진 지역 (폴리곤 레이어)</translation>
    </message>
    <message>
      <source>Score field (0-100; NULL = excluded)</source>
      <translation>점수 필드 (0-100; NULL = 제외)</translation>
    </message>
    <message>
      <source>District name field</source>
      <translation>지역명 필드</translation>
    </message>
    <message>
      <source>Solution catalogue (CSV/XLSX; empty: the bundled one)</source>
      <translation>솔루션 목록 (CSV/XLSX; 비우면 기본 목록)</translation>
    </message>
    <message>
      <source>Budget (억원)</source>
      <translation>예산 (억원)</translation>
    </message>
    <message>
      <source>Category-share floors (e.g. climate,digital_inclusion=0.35; health_care=0.1)</source>
      <translation>분야별 최소 비중 (예: climate,digital_inclusion=0.35; health_care=0.1)</translation>
    </message>
    <message>
      <source>Minimum spend (억원)</source>
      <translation>최소 집행액 (억원)</translation>
    </message>
    <message>
      <source>Shrinking districts (top:N or score&gt;=X; empty: none)</source>
      <translation>소멸위기 지역 (top:N 또는 score&gt;=X; 비우면 없음)</translation>
    </message>
    <message>
      <source>Share of spend in shrinking districts</source>
      <translation>소멸위기 지역 사업비 비중</translation>
    </message>
    <message>
      <source>Districts funded at most (0: no limit)</source>
      <translation>최대 지원 지역 수 (0: 제한 없음)</translation>
    </message>
    <message>
      <source>Deployment plan</source>
      <translation>배치 계획</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>상태</translation>
    </message>
    <message>
      <source>Benefit</source>
      <translation>편익</translation>
    </message>
    <message>
      <source>Total cost (억원)</source>
      <translation>총사업비 (억원)</translation>
    </message>
    <message>
      <source>Summary (JSON)</source>
      <translation>요약 (JSON)</translation>
    </message>
    <message>
      <source>Planning {0} districts x {1} solutions</source>
      <translation>{0}개 지역 x {1}개 솔루션 배치 계획 중</translation>
    </message>
    <message>
      <source>SmartZone Processing provider registered ({0})</source>
      <translation>SmartZone 프로세싱 제공자를 등록했습니다 ({0})</translation>
    </message>
  </context>
</TS>
