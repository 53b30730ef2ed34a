<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>AdminScreen</name>
    <message>
        <source>Kiosk settings</source>
        <translation>키오스크 설정</translation>
    </message>
    <message>
        <source>Catalogue file (empty: sample)</source>
        <translation>카탈로그 파일(비워 두면: 샘플)</translation>
    </message>
    <message>
        <source>Products on display (none ticked: all)</source>
        <translation>전시 중인 상품(선택하지 않으면: 전체)</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Start over after idle (s)</source>
        <translation>입력이 없을 때 처음으로 돌아가기까지(초)</translation>
    </message>
    <message>
        <source>QR link template (empty: plain text)</source>
        <translation>QR 링크 템플릿(비워 두면: 텍스트만)</translation>
    </message>
    <message>
        <source>Camera (number, or a video for a demo)</source>
        <translation>카메라(번호, 또는 데모용 동영상)</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>프린터</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>불러오기</translation>
    </message>
    <message>
        <source>Save and return</source>
        <translation>저장하고 돌아가기</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>PIN 변경</translation>
    </message>
    <message>
        <source>Exit kiosk mode</source>
        <translation>키오스크 모드 종료</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Default printer</source>
        <translation>기본 프린터</translation>
    </message>
    <message>
        <source>QR link template: %1</source>
        <translation>QR 링크 템플릿: %1</translation>
    </message>
    <message>
        <source>Choose at least one language.</source>
        <translation>언어를 하나 이상 선택하세요.</translation>
    </message>
    <message>
        <source>The catalogue could not be loaded.</source>
        <translation>카탈로그를 불러올 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Find your size</source>
        <translation>내 사이즈 찾기</translation>
    </message>
    <message>
        <source>Your size in every product on display, in under a minute</source>
        <translation>전시된 모든 상품의 내 사이즈를 1분 안에 알려 드립니다</translation>
    </message>
    <message>
        <source>1. Tell us your height</source>
        <translation>1. 키를 입력하세요</translation>
    </message>
    <message>
        <source>2. Stand in front of the camera</source>
        <translation>2. 카메라 앞에 서세요</translation>
    </message>
    <message>
        <source>3. Scan your sizes with your phone</source>
        <translation>3. 휴대폰으로 사이즈를 스캔하세요</translation>
    </message>
    <message>
        <source>Touch the screen to start</source>
        <translation>화면을 터치해 시작하세요</translation>
    </message>
    <message>
        <source>No pictures are stored.</source>
        <translation>사진은 저장되지 않습니다.</translation>
    </message>
</context>
<context>
    <name>BrandChartDialog</name>
    <message>
        <source>Brand size chart for %1</source>
        <translation>%1의 브랜드 사이즈표</translation>
    </message>
    <message>
        <source>Centimetres</source>
        <translation>센티미터</translation>
    </message>
    <message>
        <source>Inches</source>
        <translation>인치</translation>
    </message>
    <message>
        <source>Body measurements</source>
        <translation>신체 치수</translation>
    </message>
    <message>
        <source>Garment measurements</source>
        <translation>제품 치수</translation>
    </message>
    <message>
        <source>The numbers are in:</source>
        <translation>숫자의 단위:</translation>
    </message>
    <message>
        <source>They measure:</source>
        <translation>재는 대상:</translation>
    </message>
    <message>
        <source>Sizes of the listing:</source>
        <translation>상품의 사이즈:</translation>
    </message>
    <message>
        <source>Chart file id:</source>
        <translation>사이즈표 파일 ID:</translation>
    </message>
    <message>
        <source>Chart title:</source>
        <translation>사이즈표 제목:</translation>
    </message>
    <message>
        <source>Published at (URL):</source>
        <translation>게시 위치(URL):</translation>
    </message>
    <message>
        <source>Save as a chart &amp;file…</source>
        <translation>사이즈표 파일로 저장(&amp;F)…</translation>
    </message>
    <message>
        <source>Single values were graded to ranges halfway to the next size: %1</source>
        <translation>단일 값은 다음 사이즈와의 중간까지 범위로 늘렸습니다: %1</translation>
    </message>
    <message>
        <source>“%1” is neither a size system nor a body measurement: left out</source>
        <translation>“%1”은(는) 사이즈 체계도 신체 치수도 아닙니다: 제외합니다</translation>
    </message>
    <message>
        <source>“%1” gives %2 a second time: the first column is used</source>
        <translation>“%1”이(가) %2을(를) 두 번 지정합니다: 첫 번째 열을 사용합니다</translation>
    </message>
    <message>
        <source>%1 (“%2”) is not a measurement: left empty</source>
        <translation>%1(“%2”)은(는) 치수가 아닙니다: 비워 둡니다</translation>
    </message>
    <message>
        <source>sizes as rows</source>
        <translation>사이즈가 행</translation>
    </message>
    <message>
        <source>sizes as columns</source>
        <translation>사이즈가 열</translation>
    </message>
    <message>
        <source>The brand&apos;s own %1 labels are kept beside each size: guides and exports show them.</source>
        <translation>브랜드 고유의 %1 표기는 각 사이즈에 함께 보관됩니다. 사이즈 가이드와 내보내기에 그대로 표시됩니다.</translation>
    </message>
    <message>
        <source>The chart&apos;s label columns that name no size system are not kept (%1).</source>
        <translation>사이즈 체계를 밝히지 않은 표의 표기 열은 보관되지 않습니다(%1).</translation>
    </message>
    <message>
        <source>centimetres</source>
        <translation>센티미터</translation>
    </message>
    <message>
        <source>inches</source>
        <translation>인치</translation>
    </message>
    <message>
        <source>garment measurements</source>
        <translation>제품 치수</translation>
    </message>
    <message>
        <source>body measurements</source>
        <translation>신체 치수</translation>
    </message>
    <message>
        <source>%1: %2, in %3, %4. Check the preview: this is what will be saved.</source>
        <translation>%1: %2, 단위 %3, %4. 미리 보기를 확인하세요. 이대로 저장됩니다.</translation>
    </message>
    <message>
        <source>The brand&apos;s own labels</source>
        <translation>브랜드 자체 표기</translation>
    </message>
    <message>
        <source>Garment</source>
        <translation>제품</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>신체</translation>
    </message>
    <message>
        <source>No: whole girths</source>
        <translation>아니요: 전체 둘레</translation>
    </message>
    <message>
        <source>Yes: half girths, doubled</source>
        <translation>예: 반 둘레, 두 배로</translation>
    </message>
    <message>
        <source>Measured laid flat (half girths):</source>
        <translation>펼쳐서 잼(반 둘레):</translation>
    </message>
    <message>
        <source>Measured laid flat: %1 are half girths, doubled to whole girths (%2 → %3)</source>
        <translation>펼쳐서 잼: %1은(는) 반 둘레이므로 두 배로 하여 전체 둘레로 했습니다(%2 → %3)</translation>
    </message>
    <message>
        <source>“%1” is read as the bust girth: a women&apos;s chart</source>
        <translation>“%1”을(를) 가슴둘레(버스트)로 읽었습니다: 여성용 표입니다</translation>
    </message>
    <message>
        <source>As chosen.</source>
        <translation>선택한 대로.</translation>
    </message>
    <message>
        <source>The sheet says %1 in “%2”.</source>
        <translation>표의 “%2”에 단위가 %1(으)로 적혀 있습니다.</translation>
    </message>
    <message>
        <source>The sheet says centimetres in “%1” and inches in “%2”; by the values: %3.</source>
        <translation>표의 “%1”에는 센티미터, “%2”에는 인치라고 적혀 있습니다. 값으로 판단: %3.</translation>
    </message>
    <message>
        <source>Nothing says the unit; the values are plausible bodies in %1.</source>
        <translation>단위가 적혀 있지 않습니다. 값은 %1(으)로 보면 신체 치수로 타당합니다.</translation>
    </message>
    <message>
        <source>“%1” is a short sleeve (%2–%3 cm from the shoulder) that fits no arm length: left out</source>
        <translation>“%1”은(는) 반소매(어깨 솔기부터 %2~%3 cm)로 어떤 팔 길이에도 맞지 않습니다: 제외함</translation>
    </message>
    <message>
        <source>“%1” is read as the sleeve length from the shoulder seam (arm length)</source>
        <translation>“%1”을(를) 어깨 솔기부터의 소매 길이(팔 길이)로 읽었습니다</translation>
    </message>
    <message>
        <source>adults measure %1 to %2 cm</source>
        <translation>성인은 %1~%2 cm</translation>
    </message>
    <message>
        <source>children measure %1 to %2 cm</source>
        <translation>어린이는 %1~%2 cm</translation>
    </message>
    <message>
        <source>bodies measure %1 to %2 cm</source>
        <translation>신체 치수는 %1~%2 cm</translation>
    </message>
    <message>
        <source>the numbers look like inches: choose Inches above</source>
        <translation>숫자가 인치로 보입니다: 위에서 &apos;인치&apos;를 선택하세요</translation>
    </message>
    <message>
        <source>the numbers look like centimetres: choose Centimetres above</source>
        <translation>숫자가 센티미터로 보입니다: 위에서 &apos;센티미터&apos;를 선택하세요</translation>
    </message>
    <message>
        <source>they look like half girths of a garment laid flat: choose to double them above</source>
        <translation>펼쳐서 잰 옷의 반 둘레로 보입니다: 위에서 두 배로 하기를 선택하세요</translation>
    </message>
    <message>
        <source>they look like whole girths: choose whole girths above</source>
        <translation>전체 둘레로 보입니다: 위에서 &apos;전체 둘레&apos;를 선택하세요</translation>
    </message>
    <message>
        <source>check the column&apos;s meaning and the numbers in the sheet</source>
        <translation>시트에서 이 열의 의미와 숫자를 확인하세요</translation>
    </message>
    <message>
        <source>%1: %2 %3 cannot be saved (%4); %5</source>
        <translation>%1: %2 %3은(는) 저장할 수 없습니다(%4); %5</translation>
    </message>
    <message>
        <source>%1 (the chart&apos;s %2)</source>
        <translation>%1(표의 %2)</translation>
    </message>
    <message>
        <source>The chart&apos;s measurements go to the sizes the listing sells: %1</source>
        <translation>표의 치수는 상품이 판매하는 사이즈에 적용됩니다: %1</translation>
    </message>
    <message>
        <source>None of the chart&apos;s sizes is a size the listing sells.</source>
        <translation>표의 사이즈 중 상품이 판매하는 사이즈가 없습니다.</translation>
    </message>
    <message>
        <source>the brand&apos;s own</source>
        <translation>브랜드 자체</translation>
    </message>
    <message>
        <source>Also add the chart&apos;s sizes the listing does not sell: %1</source>
        <translation>상품이 판매하지 않는 표의 사이즈도 추가: %1</translation>
    </message>
    <message>
        <source>Remove the listing&apos;s sizes the chart does not give: %1</source>
        <translation>표에 없는 상품 사이즈 삭제: %1</translation>
    </message>
    <message>
        <source>&amp;Apply the chart to %1</source>
        <translation>표를 %1에 적용(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Cameras</name>
    <message>
        <source>Camera %1</source>
        <translation>카메라 %1</translation>
    </message>
</context>
<context>
    <name>CaptureScreen</name>
    <message>
        <source>Start over</source>
        <translation>처음부터 다시</translation>
    </message>
    <message>
        <source>The camera is still not working. Please ask a member of staff for help.</source>
        <translation>카메라가 여전히 작동하지 않습니다. 직원에게 도움을 요청하세요.</translation>
    </message>
    <message>
        <source>The camera is not responding. Reconnecting… please wait.</source>
        <translation>카메라가 응답하지 않습니다. 다시 연결하는 중… 잠시 기다려 주세요.</translation>
    </message>
    <message>
        <source>Turn to your side, arms a little away from your body. Get ready…</source>
        <translation>옆으로 돌아서고, 팔을 몸에서 조금 떼세요. 준비하세요…</translation>
    </message>
    <message>
        <source>Stand 2–3 m away, facing the camera, arms a little away from your body. Get ready…</source>
        <translation>카메라에서 2~3 m 떨어져 카메라를 바라보고, 팔을 몸에서 조금 떼세요. 준비하세요…</translation>
    </message>
    <message>
        <source>Please ask a member of staff.</source>
        <translation>직원에게 문의하세요.</translation>
    </message>
    <message>
        <source>Please stay where you are.</source>
        <translation>그 자리에 그대로 계세요.</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>카메라를 시작하는 중…</translation>
    </message>
</context>
<context>
    <name>CatalogueMappingDialog</name>
    <message>
        <source>Which column is which?</source>
        <translation>어느 열이 무엇인가요?</translation>
    </message>
    <message>
        <source>%1 is not in Sizer&apos;s own columns. Check what each column holds; Sizer proposed it from the names and the values. Rows of one product become one listing, and its variants its sizes.</source>
        <translation>%1은(는) Sizer 자체 열 구성이 아닙니다. 각 열의 내용을 확인하세요. Sizer가 열 이름과 값으로 추정했습니다. 한 상품의 행은 하나의 리스팅이 되고, 그 옵션은 사이즈가 됩니다.</translation>
    </message>
    <message>
        <source>This is the mapping you confirmed for files with these columns.</source>
        <translation>이 열 구성의 파일에 대해 이전에 확인한 매핑입니다.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>파일의 열</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>예</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>(from the file)</source>
        <translation>(파일에서)</translation>
    </message>
    <message>
        <source>Category of rows that give none:</source>
        <translation>카테고리가 없는 행의 카테고리:</translation>
    </message>
    <message>
        <source>(from the file, else each product&apos;s labels)</source>
        <translation>(파일에서, 없으면 상품별 사이즈 표기에서)</translation>
    </message>
    <message>
        <source>Size system of the labels:</source>
        <translation>표기의 사이즈 체계:</translation>
    </message>
    <message>
        <source>Category in the file</source>
        <translation>파일의 카테고리</translation>
    </message>
    <message>
        <source>Sizer category</source>
        <translation>Sizer 카테고리</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(선택)</translation>
    </message>
    <message>
        <source>&amp;Remember for files with these columns</source>
        <translation>이 열 구성의 파일은 기억하기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <source>Choose the Sizer category of: %1</source>
        <translation>다음의 Sizer 카테고리를 선택하세요: %1</translation>
    </message>
    <message>
        <source>These are the choices the file was read with: change what is wrong, and Import reads it again.</source>
        <translation>파일을 읽을 때 사용한 설정입니다. 잘못된 부분을 고친 뒤 가져오기를 누르면 다시 읽습니다.</translation>
    </message>
    <message>
        <source>Not sized: leave out</source>
        <translation>사이즈 없음: 제외</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Brand chart…</source>
        <translation>브랜드 사이즈표(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Export recommendations…</source>
        <translation>추천 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Size &amp;guide…</source>
        <translation>사이즈 가이드(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Marketplace files…</source>
        <translation>마켓플레이스 파일(&amp;M)…</translation>
    </message>
    <message>
        <source>ID or title</source>
        <translation>ID 또는 제목</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>필터(&amp;F):</translation>
    </message>
    <message>
        <source>Only listings with a &amp;fitting size</source>
        <translation>맞는 사이즈가 있는 리스팅만(&amp;F)</translation>
    </message>
    <message>
        <source>Whom the recommendations are for: their listings first, unisex ones next, the others hidden</source>
        <translation>추천 대상: 해당 대상의 리스팅을 먼저, 그다음 남녀공용을 보여 주고 나머지는 숨깁니다</translation>
    </message>
    <message>
        <source>For anyone</source>
        <translation>모든 사람</translation>
    </message>
    <message>
        <source>For women</source>
        <translation>여성</translation>
    </message>
    <message>
        <source>For men</source>
        <translation>남성</translation>
    </message>
    <message>
        <source>For kids</source>
        <translation>키즈</translation>
    </message>
    <message>
        <source>For girls</source>
        <translation>여아</translation>
    </message>
    <message>
        <source>For boys</source>
        <translation>남아</translation>
    </message>
    <message>
        <source>For a baby</source>
        <translation>아기</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>카탈로그</translation>
    </message>
    <message>
        <source>Open a catalogue</source>
        <translation>카탈로그 열기</translation>
    </message>
    <message>
        <source>Catalogues (*.csv *.xlsx *.txt *.tsv);;All files (*)</source>
        <translation>카탈로그 (*.csv *.xlsx *.txt *.tsv);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 여는 중…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln row(s); rows left out for problems: %1.</source>
        <translation>
            <numerusform>%Ln행을 가져왔습니다. 문제가 있어 제외한 행: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln listing(s)</source>
        <translation>
            <numerusform>리스팅 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln size(s)</source>
        <translation>
            <numerusform>사이즈 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 now has the %Ln size(s) of the brand chart; Save to keep them.</source>
        <translation>
            <numerusform>%1에 브랜드 사이즈표의 사이즈 %Ln개를 적용했습니다. 유지하려면 저장하세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recommending for a profile of %Ln measurement(s)</source>
        <translation>
            <numerusform>치수 %Ln개의 프로필로 추천하는 중</numerusform>
        </translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>모든 카테고리</translation>
    </message>
    <message>
        <source>bundled sample catalogue</source>
        <translation>기본 제공 샘플 카탈로그</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>변경 없음: %1</translation>
    </message>
    <message>
        <source>Save the catalogue</source>
        <translation>카탈로그 저장</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;Excel 통합 문서 (*.xlsx)</translation>
    </message>
    <message>
        <source>The catalogue was not saved: %1</source>
        <translation>카탈로그를 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 저장됨</translation>
    </message>
    <message>
        <source>The catalogue</source>
        <translation>카탈로그</translation>
    </message>
    <message>
        <source>Select the listing whose sizes the brand chart gives.</source>
        <translation>브랜드 사이즈표의 사이즈를 적용할 리스팅을 선택하세요.</translation>
    </message>
    <message>
        <source>Open a brand&apos;s size chart</source>
        <translation>브랜드 사이즈표 열기</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt *.tsv);;All files (*)</source>
        <translation>스프레드시트 (*.csv *.xlsx *.txt *.tsv);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Save the chart file</source>
        <translation>사이즈표 파일 저장</translation>
    </message>
    <message>
        <source>Size chart (*.toml)</source>
        <translation>사이즈표 (*.toml)</translation>
    </message>
    <message>
        <source>No body profile yet: measure or type one on the Measure page.</source>
        <translation>아직 신체 프로필이 없습니다. ‘측정’ 페이지에서 측정하거나 입력하세요.</translation>
    </message>
    <message>
        <source>How to measure:</source>
        <translation>재는 방법:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recommended size: %1&lt;/b&gt; (%2, confidence %3 %)</source>
        <translation>&lt;b&gt;추천 사이즈: %1&lt;/b&gt; (%2, 신뢰도 %3 %)</translation>
    </message>
    <message>
        <source>Runner-up: %1</source>
        <translation>차선: %1</translation>
    </message>
    <message>
        <source>Closest size: %1</source>
        <translation>가장 가까운 사이즈: %1</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>측정 안 함</translation>
    </message>
    <message>
        <source>No size: your %1 is %2 cm over the largest size.</source>
        <translation>사이즈 없음: %1이(가) 가장 큰 사이즈보다 %2 cm 큽니다.</translation>
    </message>
    <message>
        <source>No size: your %1 is %2 cm under the smallest size.</source>
        <translation>사이즈 없음: %1이(가) 가장 작은 사이즈보다 %2 cm 작습니다.</translation>
    </message>
    <message>
        <source>The best of the sizes; it will be off at: %1</source>
        <translation>가장 가까운 사이즈입니다. 맞지 않는 부위: %1</translation>
    </message>
    <message>
        <source>Length chosen by your %1</source>
        <translation>기장은 %1(으)로 골랐습니다</translation>
    </message>
    <message>
        <source>To recommend a size, add: %1</source>
        <translation>사이즈를 추천하려면 다음을 추가하세요: %1</translation>
    </message>
    <message>
        <source>More certain with: %1</source>
        <translation>다음이 있으면 더 정확합니다: %1</translation>
    </message>
    <message>
        <source>There is nothing to export yet: a body profile is needed (measure or type one on the Measure page).</source>
        <translation>아직 내보낼 것이 없습니다. 신체 프로필이 필요합니다(‘측정’ 페이지에서 측정하거나 입력하세요).</translation>
    </message>
    <message>
        <source>Export the recommendations</source>
        <translation>추천 내보내기</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx);;JSON (*.json)</source>
        <translation>CSV (*.csv);;Excel 통합 문서 (*.xlsx);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Folder for the pictures</source>
        <translation>이미지를 저장할 폴더</translation>
    </message>
    <message>
        <source>Save the marketplace file</source>
        <translation>마켓플레이스 파일 저장</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <source>Select a listing first: a size guide is made for one listing (click it in the list above).</source>
        <translation>먼저 리스팅을 선택하세요. 사이즈 가이드는 리스팅마다 만듭니다(위 목록에서 클릭).</translation>
    </message>
    <message>
        <source>There is no listing to make a size guide for: open a catalogue, or clear the filter.</source>
        <translation>사이즈 가이드를 만들 리스팅이 없습니다. 카탈로그를 열거나 필터를 지우세요.</translation>
    </message>
    <message>
        <source>Save the size guide</source>
        <translation>사이즈 가이드 저장</translation>
    </message>
    <message>
        <source>Web page (*.html);;PDF (*.pdf);;Picture (*.png *.jpg)</source>
        <translation>웹 페이지 (*.html);;PDF (*.pdf);;이미지 (*.png *.jpg)</translation>
    </message>
    <message>
        <source>&amp;Change mapping…</source>
        <translation>매핑 변경(&amp;C)…</translation>
    </message>
    <message>
        <source>Change which column of your file is which, then import it again</source>
        <translation>파일의 각 열이 무엇인지 바꾼 뒤 다시 가져옵니다</translation>
    </message>
    <message>
        <source>%1 is no longer there.</source>
        <translation>%1이(가) 더 이상 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) of products without sizes left out, as mapped.</source>
        <translation>
            <numerusform>매핑대로 사이즈가 없는 상품의 %Ln개 행을 제외했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the catalogue under a new name</source>
        <translation>카탈로그를 새 이름으로 저장</translation>
    </message>
    <message>
        <source>Save the catalogue (Ctrl+S)</source>
        <translation>카탈로그 저장 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save asks for a new name: %1</source>
        <translation>저장하면 새 이름을 묻습니다: %1</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <source>&amp;Category:</source>
        <translation>카테고리(&amp;C):</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <source>inches</source>
        <translation>인치</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>단위(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Systems</source>
        <translation>사이즈 체계(&amp;S)</translation>
    </message>
    <message>
        <source>e.g. 8, M, 38</source>
        <translation>예: 8, M, 38</translation>
    </message>
    <message>
        <source>&amp;Find a size:</source>
        <translation>사이즈 찾기(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Copy table</source>
        <translation>표 복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Size charts</source>
        <translation>사이즈표</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>Click a size, or type one above, to see its equivalents.</source>
        <translation>사이즈를 클릭하거나 위에 입력하면 해당하는 사이즈가 표시됩니다.</translation>
    </message>
    <message>
        <source>%1 %2 equals: %3&lt;br&gt;Body: %4 %5</source>
        <translation>%1 %2 해당: %3&lt;br&gt;신체: %4 %5</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>%1을(를) 찾으셨나요?</translation>
    </message>
    <message>
        <source>Choose one of the suggestions.</source>
        <translation>제안 중에서 하나를 고르세요.</translation>
    </message>
    <message>
        <source>%1 has no size %2.</source>
        <translation>%1에는 %2 사이즈가 없습니다.</translation>
    </message>
    <message>
        <source>Conventions</source>
        <translation>표기 규칙</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>%1 min (%2)</source>
        <translation>%1 최소 (%2)</translation>
    </message>
    <message>
        <source>%1 max (%2)</source>
        <translation>%1 최대 (%2)</translation>
    </message>
    <message>
        <source>Export the size chart</source>
        <translation>사이즈표 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 저장됨</translation>
    </message>
</context>
<context>
    <name>ClothingScreen</name>
    <message>
        <source>What are you wearing?</source>
        <translation>어떤 옷을 입고 계신가요?</translation>
    </message>
    <message>
        <source>Clothes change the outline the camera sees. Tap the closest answer.</source>
        <translation>옷에 따라 카메라에 보이는 몸의 윤곽이 달라집니다. 가장 가까운 답을 누르세요.</translation>
    </message>
    <message>
        <source>Fitted</source>
        <translation>몸에 맞는 옷</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>보통</translation>
    </message>
    <message>
        <source>Loose</source>
        <translation>헐렁한 옷</translation>
    </message>
    <message>
        <source>T-shirt and leggings, sportswear</source>
        <translation>티셔츠와 레깅스, 운동복</translation>
    </message>
    <message>
        <source>A shirt and trousers that follow the body without hanging</source>
        <translation>몸을 따라가되 늘어지지 않는 셔츠와 바지</translation>
    </message>
    <message>
        <source>A hoodie, a loose dress or wide trousers</source>
        <translation>후드티, 헐렁한 원피스 또는 통 넓은 바지</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>처음부터 다시</translation>
    </message>
    <message>
        <source>The camera sees loose clothes.</source>
        <translation>카메라에 헐렁한 옷이 보입니다.</translation>
    </message>
    <message>
        <source>Loose clothes cannot be measured.</source>
        <translation>헐렁한 옷은 측정할 수 없습니다.</translation>
    </message>
    <message>
        <source>Loose clothes hide the body&apos;s shape, so the girths would read several centimetres too big. Change into a fitted top and leggings and measure again, or measure with a tape following the illustrated measuring guide.</source>
        <translation>헐렁한 옷은 몸의 형태를 가려서 둘레가 몇 센티미터 크게 측정됩니다. 몸에 맞는 상의와 레깅스로 갈아입고 다시 측정하거나, 그림이 있는 측정 가이드에 따라 줄자로 재세요.</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>(not imported)</source>
        <translation>(가져오지 않음)</translation>
    </message>
    <message>
        <source>Listing id (product, style number)</source>
        <translation>리스팅 ID(상품, 품번)</translation>
    </message>
    <message>
        <source>Variant SKU (per size)</source>
        <translation>옵션 SKU(사이즈별)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Category / product type</source>
        <translation>카테고리 / 상품 유형</translation>
    </message>
    <message>
        <source>Department / gender</source>
        <translation>대상(성별 등)</translation>
    </message>
    <message>
        <source>Age group (adult, kids, toddler, infant)</source>
        <translation>연령대(성인, 어린이, 유아, 영아)</translation>
    </message>
    <message>
        <source>Size class (Amazon: Alpha, Numeric, Age)</source>
        <translation>사이즈 분류(Amazon: Alpha, Numeric, Age)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>사이즈</translation>
    </message>
    <message>
        <source>Size system</source>
        <translation>사이즈 체계</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>핏</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>신축성</translation>
    </message>
    <message>
        <source>Colour (sizes shared by every colour)</source>
        <translation>색상(사이즈는 모든 색상 공통)</translation>
    </message>
    <message>
        <source>Parent or child row (Amazon)</source>
        <translation>상위 또는 하위 행(Amazon)</translation>
    </message>
    <message>
        <source>Option %1 name</source>
        <translation>옵션 %1 이름</translation>
    </message>
    <message>
        <source>Option %1 value</source>
        <translation>옵션 %1 값</translation>
    </message>
    <message>
        <source>%1: body range</source>
        <translation>%1: 신체 치수 범위</translation>
    </message>
    <message>
        <source>%1: body minimum</source>
        <translation>%1: 신체 치수 최소</translation>
    </message>
    <message>
        <source>%1: body maximum</source>
        <translation>%1: 신체 치수 최대</translation>
    </message>
    <message>
        <source>%1: garment measurement</source>
        <translation>%1: 제품 치수</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <source>Choose the column that holds the listing id (e.g. Handle, parent_sku, 款号).</source>
        <translation>리스팅 ID가 있는 열을 선택하세요(예: Handle, parent_sku, 款号).</translation>
    </message>
    <message>
        <source>Choose the column that holds the title.</source>
        <translation>제목이 있는 열을 선택하세요.</translation>
    </message>
    <message>
        <source>Choose the column that holds the size (e.g. Size, Option1 Value, 尺码).</source>
        <translation>사이즈가 있는 열을 선택하세요(예: Size, Option1 Value, 尺码).</translation>
    </message>
    <message>
        <source>Choose the category column, or one category for every row.</source>
        <translation>카테고리 열을 선택하거나, 모든 행에 쓸 카테고리를 하나 고르세요.</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Columns of the orders file</source>
        <translation>주문 파일의 열</translation>
    </message>
    <message>
        <source>Sizer does not know this file&apos;s layout. Say which column holds what; fields marked * are needed.</source>
        <translation>Sizer는 이 파일의 구성을 알지 못합니다. 어느 열에 무엇이 있는지 지정하세요. * 표시 항목은 필수입니다.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>Remember for files with these columns</source>
        <translation>이 열 구성의 파일은 기억하기</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <source>Before we start</source>
        <translation>시작하기 전에</translation>
    </message>
    <message>
        <source>The camera is used only to measure your body outline while you stand in front of it. Please wear fitted clothes for the best result.</source>
        <translation>카메라는 앞에 선 고객님의 몸 윤곽을 재는 데에만 사용됩니다. 가장 정확한 결과를 위해 몸에 맞는 옷을 입어 주세요.</translation>
    </message>
    <message>
        <source>No picture or video is stored or sent anywhere: each camera image is measured in this kiosk and thrown away at once.</source>
        <translation>사진이나 동영상은 저장되거나 전송되지 않습니다. 카메라 영상은 이 키오스크 안에서 측정한 뒤 바로 폐기됩니다.</translation>
    </message>
    <message>
        <source>Your height, measurements and sizes are erased when you finish, press “Start over”, or walk away.</source>
        <translation>키, 치수, 사이즈는 끝내거나 “처음부터 다시”를 누르거나 자리를 떠나면 지워집니다.</translation>
    </message>
    <message>
        <source>I agree, continue</source>
        <translation>동의하고 계속하기</translation>
    </message>
    <message>
        <source>No, thanks</source>
        <translation>아니요, 괜찮습니다</translation>
    </message>
</context>
<context>
    <name>CountedProblems</name>
    <message numerus="yes">
        <source>{path}: %Ln problem(s); nothing was imported</source>
        <translation>
            <numerusform>{path}: 문제가 %Ln건 있어 아무것도 가져오지 않았습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln valid row(s); accept them with --accept-valid-rows)</source>
        <translation>
            <numerusform> (유효한 행 %Ln개는 --accept-valid-rows로 가져올 수 있습니다)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) in the orders; nothing was imported</source>
        <translation>
            <numerusform>주문에 문제가 %Ln건 있어 아무것도 가져오지 않았습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more problem(s) of the same kinds</source>
        <translation>
            <numerusform>같은 종류의 문제 %Ln건 더</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s) of order {order} SKU {sku} returned, {sold} sold</source>
        <translation>
            <numerusform>주문 {order}의 SKU {sku}: %Ln개 반품, {sold}개 판매</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{listing}: {why}, so all %Ln size(s) are sent in the listing&apos;s own system {system} ({span}): one system for the whole listing, each size distinct</source>
        <translation>
            <numerusform>{listing}: {why}. 그래서 사이즈 %Ln개를 모두 상품 자체 체계 {system}({span})로 보냅니다. 상품 전체에 하나의 체계, 사이즈는 각각 구별됩니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln size chart(s) for {brand} on Amazon {marketplace} written to {path}</source>
        <translation>
            <numerusform>Amazon {marketplace}의 {brand} 사이즈표 %Ln개를 {path}에 썼습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>size attributes of %Ln child listing(s) written to {path}</source>
        <translation>
            <numerusform>하위 상품 %Ln개의 사이즈 속성을 {path}에 썼습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Google Merchant size attributes of %Ln variant(s) written to {path}</source>
        <translation>
            <numerusform>변형 %Ln개의 Google Merchant 사이즈 속성을 {path}에 썼습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln size-chart metaobject(s) written to {path}</source>
        <translation>
            <numerusform>사이즈표 메타오브젝트 %Ln개를 {path}에 썼습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>metafields of %Ln product(s) written to {path}</source>
        <translation>
            <numerusform>상품 %Ln개의 메타필드를 {path}에 썼습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln size-chart picture(s) ({width} x {height} px) written to {path}</source>
        <translation>
            <numerusform>사이즈표 이미지 %Ln장({width} x {height} px)을 {path}에 썼습니다</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.</source>
        <translation>%1에 저장하지 않은 변경 사항이 있습니다.</translation>
    </message>
    <message>
        <source>Save them before going on?</source>
        <translation>계속하기 전에 저장할까요?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1이(가) 이미 있습니다. 바꿀까요?</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Sizer: something went wrong</source>
        <translation>Sizer: 문제가 발생했습니다</translation>
    </message>
    <message>
        <source>Sizer</source>
        <translation>Sizer</translation>
    </message>
    <message>
        <source>Details were written to the log file:
%1</source>
        <translation>자세한 내용은 로그 파일에 기록했습니다:
%1</translation>
    </message>
</context>
<context>
    <name>GuidesPage</name>
    <message>
        <source>Whole body</source>
        <translation>전신</translation>
    </message>
    <message>
        <source>Head and neck</source>
        <translation>머리와 목</translation>
    </message>
    <message>
        <source>Torso</source>
        <translation>몸통</translation>
    </message>
    <message>
        <source>Arms and hands</source>
        <translation>팔과 손</translation>
    </message>
    <message>
        <source>Legs and feet</source>
        <translation>다리와 발</translation>
    </message>
    <message>
        <source>Garments laid flat</source>
        <translation>평평하게 놓은 옷</translation>
    </message>
    <message>
        <source>Measuring guides by body zone</source>
        <translation>신체 부위별 측정 가이드</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>PDF로 저장(&amp;P)…</translation>
    </message>
    <message>
        <source>Measuring guides</source>
        <translation>측정 가이드</translation>
    </message>
    <message>
        <source>Print the measuring guide</source>
        <translation>측정 가이드 인쇄</translation>
    </message>
    <message>
        <source>Save the measuring guide as PDF</source>
        <translation>측정 가이드를 PDF로 저장</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 저장됨</translation>
    </message>
</context>
<context>
    <name>HeightField</name>
    <message>
        <source>e.g. 182 cm, 5 ft 11, 5&apos;11&quot;, 71 in</source>
        <translation>예: 182 cm, 5 ft 11, 5&apos;11&quot;, 71 in</translation>
    </message>
    <message>
        <source>Type your height in cm, in feet and inches, or in inches; the line below says what was understood.</source>
        <translation>키를 cm, 피트와 인치, 또는 인치로 입력하세요. 아래 줄에 인식한 값이 표시됩니다.</translation>
    </message>
    <message>
        <source>How to measure: %1</source>
        <translation>재는 방법: %1</translation>
    </message>
    <message>
        <source>Understood: %1</source>
        <translation>인식한 값: %1</translation>
    </message>
    <message>
        <source>Enter your height, e.g. 182 cm or 5 ft 11.</source>
        <translation>키를 입력하세요(예: 182 cm 또는 5 ft 11).</translation>
    </message>
    <message>
        <source>%1 is not a height the camera can measure: enter %2 to %3 cm (e.g. 182 cm, 5 ft 11, 71 in).</source>
        <translation>%1은(는) 카메라로 잴 수 있는 키가 아닙니다. %2~%3 cm로 입력하세요(예: 182 cm, 5 ft 11, 71 in).</translation>
    </message>
    <message>
        <source>“%1” is not a height: write it like 182 cm, 1.82 m, 5 ft 11, 5&apos;11&quot; or 71 in.</source>
        <translation>“%1”은(는) 키로 인식할 수 없습니다. 182 cm, 1.82 m, 5 ft 11, 5&apos;11&quot; 또는 71 in처럼 입력하세요.</translation>
    </message>
    <message>
        <source>Enter your height: the camera measures everything else in proportion to it.</source>
        <translation>키를 입력하세요. 카메라는 다른 모든 치수를 키에 비례해 잽니다.</translation>
    </message>
</context>
<context>
    <name>HeightScreen</name>
    <message>
        <source>How tall are you?</source>
        <translation>키가 얼마인가요?</translation>
    </message>
    <message>
        <source>Without shoes. Your height sets the scale of every measurement.</source>
        <translation>신발을 벗은 키입니다. 키가 모든 치수의 기준이 됩니다.</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <source>ft / in</source>
        <translation>ft / in</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Inches go from 0 to 11.</source>
        <translation>인치는 0부터 11까지입니다.</translation>
    </message>
    <message>
        <source>Please enter a height between %1 and %2 cm.</source>
        <translation>%1~%2 cm 사이의 키를 입력하세요.</translation>
    </message>
    <message>
        <source>Please enter a height between %1 ft %2 in and %3 ft %4 in.</source>
        <translation>%1 ft %2 in~%3 ft %4 in 사이의 키를 입력하세요.</translation>
    </message>
    <message>
        <source>%1 cm</source>
        <translation>%1 cm</translation>
    </message>
    <message>
        <source>%1 ft</source>
        <translation>%1 ft</translation>
    </message>
    <message>
        <source>%1 in</source>
        <translation>%1 in</translation>
    </message>
</context>
<context>
    <name>ImportIssuesDialog</name>
    <message>
        <source>Problems in the catalogue file</source>
        <translation>카탈로그 파일의 문제</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %Ln problem(s). Nothing has been imported yet.</source>
        <translation>
            <numerusform>%1에 문제가 %Ln건 있습니다. 아직 아무것도 가져오지 않았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>열</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>(header)</source>
        <translation>(머리글)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import the %Ln valid row(s)</source>
        <translation>
            <numerusform>유효한 %Ln행 가져오기(&amp;I)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows with problems are left out; fix the file and open it again to import them too.</source>
        <translation>문제가 있는 행은 제외됩니다. 그 행도 가져오려면 파일을 고친 뒤 다시 여세요.</translation>
    </message>
    <message>
        <source>&amp;Change mapping…</source>
        <translation>매핑 변경(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
</context>
<context>
    <name>KioskResults</name>
    <message>
        <source>Your size · %1% sure</source>
        <translation>내 사이즈 · 확신도 %1%</translation>
    </message>
    <message>
        <source>Between sizes: %1 would also fit</source>
        <translation>사이즈 사이: %1도 맞습니다</translation>
    </message>
    <message>
        <source>Your best size; the notes say where it is off</source>
        <translation>가장 잘 맞는 사이즈입니다. 맞지 않는 부위는 메모를 보세요</translation>
    </message>
    <message>
        <source>No size: even the largest, %1, is too small for you</source>
        <translation>사이즈 없음: 가장 큰 %1도 작습니다</translation>
    </message>
    <message>
        <source>No size: even the smallest, %1, is too big for you</source>
        <translation>사이즈 없음: 가장 작은 %1도 큽니다</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>My sizes</source>
        <translation>내 사이즈</translation>
    </message>
    <message>
        <source>Still there? Touch the screen to carry on.
Starting over in %1 s.</source>
        <translation>아직 계신가요? 계속하려면 화면을 터치하세요.
%1초 후 처음부터 다시 시작합니다.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>%1: %2</source>
        <comment>a name and its value, e.g. Chest girth: snug</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ListingsModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>카테고리</translation>
    </message>
    <message>
        <source>Size system</source>
        <translation>사이즈 체계</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>핏</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>신축성</translation>
    </message>
    <message>
        <source>Sizes</source>
        <translation>사이즈</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>추천</translation>
    </message>
    <message>
        <source>Runner-up</source>
        <translation>차선</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>신뢰도</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sizer</source>
        <translation>Sizer</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>페이지</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open catalogue…</source>
        <translation>카탈로그 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <source>Open the bundled sa&amp;mple catalogue</source>
        <translation>기본 제공 샘플 카탈로그 열기(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Save catalogue</source>
        <translation>카탈로그 저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save catalogue &amp;as…</source>
        <translation>카탈로그를 다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Catalogue (CSV or Excel)…</source>
        <translation>카탈로그(CSV 또는 Excel)(&amp;C)…</translation>
    </message>
    <message>
        <source>Body &amp;profile…</source>
        <translation>신체 프로필(&amp;P)…</translation>
    </message>
    <message>
        <source>P&amp;hotos to measure…</source>
        <translation>사진으로 측정(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Video to measure…</source>
        <translation>동영상으로 측정(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Recommendations…</source>
        <translation>추천(&amp;R)…</translation>
    </message>
    <message>
        <source>Size &amp;guide of the selected listing…</source>
        <translation>선택한 리스팅의 사이즈 가이드(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Marketplace files…</source>
        <translation>마켓플레이스 파일(&amp;M)…</translation>
    </message>
    <message>
        <source>Size &amp;chart as CSV…</source>
        <translation>사이즈표를 CSV로(&amp;C)…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>설정(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>이동(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>사용자 가이드(&amp;U)</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>로그 폴더 열기(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About Sizer</source>
        <translation>Sizer 정보(&amp;A)</translation>
    </message>
    <message>
        <source>No catalogues opened yet</source>
        <translation>아직 연 카탈로그가 없습니다</translation>
    </message>
    <message>
        <source>About Sizer</source>
        <translation>Sizer 정보</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sizer %1&lt;/b&gt;&lt;br&gt;Size charts that convert between countries, illustrated measuring guides, body measurements from a camera, and a recommended size for every listing.&lt;br&gt;Chinese, Japanese and Korean text is set in Noto Sans CJK (SIL Open Font License).</source>
        <translation>&lt;b&gt;Sizer %1&lt;/b&gt;&lt;br&gt;국가별 사이즈를 환산하는 사이즈표, 그림이 있는 측정 가이드, 카메라로 재는 신체 치수, 그리고 모든 리스팅의 추천 사이즈.&lt;br&gt;중국어, 일본어, 한국어 텍스트에는 Noto Sans CJK(SIL Open Font License)를 사용합니다.</translation>
    </message>
    <message>
        <source>&amp;Change column mapping…</source>
        <translation>열 매핑 변경(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>MeasurePage</name>
    <message>
        <source>C&amp;amera:</source>
        <translation>카메라(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Start camera</source>
        <translation>카메라 시작(&amp;S)</translation>
    </message>
    <message>
        <source>Open &amp;video…</source>
        <translation>동영상 열기(&amp;V)…</translation>
    </message>
    <message>
        <source>Open p&amp;hotos…</source>
        <translation>사진 열기(&amp;H)…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>정지(&amp;T)</translation>
    </message>
    <message>
        <source>You are wearing:</source>
        <translation>입은 옷:</translation>
    </message>
    <message>
        <source>F&amp;itted</source>
        <translation>몸에 맞는 옷(&amp;I)</translation>
    </message>
    <message>
        <source>T-shirt and leggings, sportswear or underwear</source>
        <translation>티셔츠와 레깅스, 운동복 또는 속옷</translation>
    </message>
    <message>
        <source>Re&amp;gular</source>
        <translation>보통(&amp;G)</translation>
    </message>
    <message>
        <source>A shirt and trousers that follow the body without hanging</source>
        <translation>몸을 따라가되 늘어지지 않는 셔츠와 바지</translation>
    </message>
    <message>
        <source>Loos&amp;e</source>
        <translation>헐렁한 옷(&amp;E)</translation>
    </message>
    <message>
        <source>A hoodie, a loose dress or wide trousers</source>
        <translation>후드티, 헐렁한 원피스 또는 통 넓은 바지</translation>
    </message>
    <message>
        <source>Measure from a video…</source>
        <translation>동영상으로 측정…</translation>
    </message>
    <message>
        <source>Measure from photos…</source>
        <translation>사진으로 측정…</translation>
    </message>
    <message>
        <source>Snug</source>
        <translation>딱 맞게</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>보통</translation>
    </message>
    <message>
        <source>Loose</source>
        <translation>여유 있게</translation>
    </message>
    <message>
        <source>Preferred &amp;fit:</source>
        <translation>선호하는 핏(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Load profile…</source>
        <translation>프로필 불러오기(&amp;L)…</translation>
    </message>
    <message>
        <source>Save p&amp;rofile…</source>
        <translation>프로필 저장(&amp;R)…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>지우기(&amp;L)</translation>
    </message>
    <message>
        <source>Your measurements</source>
        <translation>내 치수</translation>
    </message>
    <message>
        <source>Measured values can be corrected by hand; “?” shows how to measure.</source>
        <translation>측정값은 직접 고칠 수 있습니다. “?”를 누르면 재는 방법이 나옵니다.</translation>
    </message>
    <message>
        <source>Stand 2–3 m from the camera in fitted clothes, whole body in view, then press Start camera. No camera? Measure from a video or from a front and a side photo.</source>
        <translation>몸에 맞는 옷을 입고 카메라에서 2~3 m 떨어져 전신이 보이게 선 다음 ‘카메라 시작’을 누르세요. 카메라가 없나요? 동영상이나 정면·측면 사진으로 측정할 수 있습니다.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>측정</translation>
    </message>
    <message>
        <source>Loose clothes hide the body&apos;s shape, so the girths would read several centimetres too big. Change into a fitted top and leggings (or underwear) and measure again, or measure with a tape following the illustrated measuring guide (the “?” beside each measurement).</source>
        <translation>헐렁한 옷은 몸의 형태를 가려서 둘레가 몇 센티미터 크게 측정됩니다. 몸에 맞는 상의와 레깅스(또는 속옷)로 갈아입고 다시 측정하거나, 그림이 있는 측정 가이드(각 치수 옆의 “?”)에 따라 줄자로 재세요.</translation>
    </message>
    <message>
        <source>Measure from a video</source>
        <translation>동영상으로 측정</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.avi *.mov *.mkv *.webm);;All files (*)</source>
        <translation>동영상 (*.mp4 *.avi *.mov *.mkv *.webm);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Measure from photos: one facing the camera, one from the side</source>
        <translation>사진으로 측정: 카메라를 바라본 사진 한 장과 옆모습 사진 한 장</translation>
    </message>
    <message>
        <source>Photos (*.png *.jpg *.jpeg *.bmp *.webp)</source>
        <translation>사진 (*.png *.jpg *.jpeg *.bmp *.webp)</translation>
    </message>
    <message>
        <source>Choose two photos: one facing the camera and one from the side.</source>
        <translation>사진 두 장을 고르세요. 카메라를 바라본 사진과 옆모습 사진입니다.</translation>
    </message>
    <message>
        <source>Measuring the photos… (the pose model loads the first time)</source>
        <translation>사진을 측정하는 중…(처음에는 자세 추정 모델을 불러옵니다)</translation>
    </message>
    <message>
        <source>The photos could not be measured: %1</source>
        <translation>사진을 측정할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Enter your height first: the camera measures everything else in proportion to it.</source>
        <translation>먼저 키를 입력하세요. 카메라는 다른 모든 치수를 키에 비례해 잽니다.</translation>
    </message>
    <message>
        <source>Starting… (the pose model loads the first time)</source>
        <translation>시작하는 중…(처음에는 자세 추정 모델을 불러옵니다)</translation>
    </message>
    <message>
        <source>The video or photos ended before both views were captured. Use a video or photos showing the whole body facing the camera, then from the side.</source>
        <translation>정면과 옆모습을 모두 찍기 전에 동영상이나 사진이 끝났습니다. 전신이 정면, 그다음 옆모습으로 나오는 동영상이나 사진을 사용하세요.</translation>
    </message>
    <message>
        <source>The capture stopped: %1</source>
        <translation>촬영이 멈췄습니다: %1</translation>
    </message>
    <message>
        <source>Load a body profile</source>
        <translation>신체 프로필 불러오기</translation>
    </message>
    <message>
        <source>Body profiles (*.json)</source>
        <translation>신체 프로필 (*.json)</translation>
    </message>
    <message>
        <source>There are no measurements to save yet.</source>
        <translation>아직 저장할 치수가 없습니다.</translation>
    </message>
    <message>
        <source>Save the body profile</source>
        <translation>신체 프로필 저장</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 저장됨</translation>
    </message>
    <message>
        <source>No camera could be opened (%1): %2
You can measure from a video or photos instead.</source>
        <translation>카메라를 열 수 없습니다(%1): %2
대신 동영상이나 사진으로 측정할 수 있습니다.</translation>
    </message>
    <message>
        <source>Wh&amp;o:</source>
        <translation>대상(&amp;O):</translation>
    </message>
    <message>
        <source>%1 left out: %2</source>
        <translation>%1 제외됨: %2</translation>
    </message>
</context>
<context>
    <name>MeasurementField</name>
    <message>
        <source>How to measure: %1</source>
        <translation>재는 방법: %1</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>직접 입력</translation>
    </message>
    <message>
        <source>Changed by hand; it was %1</source>
        <translation>직접 변경함. 원래 값: %1</translation>
    </message>
    <message>
        <source>Estimated uncertainty of the camera measurement</source>
        <translation>카메라 측정의 추정 오차</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>Women&apos;s tops</source>
        <translation>여성 상의</translation>
    </message>
    <message>
        <source>Women&apos;s dresses</source>
        <translation>여성 원피스</translation>
    </message>
    <message>
        <source>Women&apos;s trousers</source>
        <translation>여성 바지</translation>
    </message>
    <message>
        <source>Men&apos;s tops</source>
        <translation>남성 상의</translation>
    </message>
    <message>
        <source>Men&apos;s shirts</source>
        <translation>남성 셔츠</translation>
    </message>
    <message>
        <source>Men&apos;s suits</source>
        <translation>남성 정장</translation>
    </message>
    <message>
        <source>Men&apos;s trousers</source>
        <translation>남성 바지</translation>
    </message>
    <message>
        <source>Bras</source>
        <translation>브래지어</translation>
    </message>
    <message>
        <source>Men&apos;s shoes</source>
        <translation>남성 신발</translation>
    </message>
    <message>
        <source>Women&apos;s shoes</source>
        <translation>여성 신발</translation>
    </message>
    <message>
        <source>Children&apos;s shoes</source>
        <translation>아동 신발</translation>
    </message>
    <message>
        <source>Children&apos;s clothing</source>
        <translation>아동복</translation>
    </message>
    <message>
        <source>Hats</source>
        <translation>모자</translation>
    </message>
    <message>
        <source>Gloves</source>
        <translation>장갑</translation>
    </message>
    <message>
        <source>Rings</source>
        <translation>반지</translation>
    </message>
    <message>
        <source>Belts</source>
        <translation>벨트</translation>
    </message>
    <message>
        <source>Socks</source>
        <translation>양말</translation>
    </message>
    <message>
        <source>Ski boots</source>
        <translation>스키 부츠</translation>
    </message>
    <message>
        <source>Men&apos;s shoe widths</source>
        <translation>남성 신발 발볼</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>꽉 낌</translation>
    </message>
    <message>
        <source>snug</source>
        <translation>딱 맞음</translation>
    </message>
    <message>
        <source>good</source>
        <translation>좋음</translation>
    </message>
    <message>
        <source>loose</source>
        <translation>헐렁함</translation>
    </message>
    <message>
        <source>too loose</source>
        <translation>너무 헐렁함</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>너무 짧음</translation>
    </message>
    <message>
        <source>short</source>
        <translation>짧음</translation>
    </message>
    <message>
        <source>long</source>
        <translation>김</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>너무 김</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>맞음</translation>
    </message>
    <message>
        <source>between sizes</source>
        <translation>사이즈 사이</translation>
    </message>
    <message>
        <source>best available</source>
        <translation>가장 가까운 사이즈</translation>
    </message>
    <message>
        <source>no size fits</source>
        <translation>맞는 사이즈 없음</translation>
    </message>
    <message>
        <source>no measurements</source>
        <translation>치수 없음</translation>
    </message>
    <message>
        <source>slim</source>
        <translation>슬림</translation>
    </message>
    <message>
        <source>regular</source>
        <translation>레귤러</translation>
    </message>
    <message>
        <source>relaxed</source>
        <translation>릴랙스</translation>
    </message>
    <message>
        <source>no stretch</source>
        <translation>신축성 없음</translation>
    </message>
    <message>
        <source>some stretch</source>
        <translation>약간 신축성</translation>
    </message>
    <message>
        <source>high stretch</source>
        <translation>신축성 좋음</translation>
    </message>
    <message>
        <source>women</source>
        <translation>여성</translation>
    </message>
    <message>
        <source>men</source>
        <translation>남성</translation>
    </message>
    <message>
        <source>unisex</source>
        <translation>남녀공용</translation>
    </message>
    <message>
        <source>girls</source>
        <translation>여아</translation>
    </message>
    <message>
        <source>boys</source>
        <translation>남아</translation>
    </message>
    <message>
        <source>baby</source>
        <translation>아기</translation>
    </message>
    <message>
        <source>kids</source>
        <translation>키즈</translation>
    </message>
    <message>
        <source>Step into view, 2–3 m from the camera.</source>
        <translation>카메라에서 2~3 m 떨어진 곳으로 들어오세요.</translation>
    </message>
    <message>
        <source>Only the person being measured may be in view.</source>
        <translation>측정하는 사람만 화면에 나와야 합니다.</translation>
    </message>
    <message>
        <source>Step back: the whole body, head to feet, must be in the picture.</source>
        <translation>뒤로 물러서세요. 머리부터 발끝까지 전신이 화면에 나와야 합니다.</translation>
    </message>
    <message>
        <source>Step a little closer.</source>
        <translation>조금 더 가까이 오세요.</translation>
    </message>
    <message>
        <source>Stand upright, feet slightly apart, looking ahead.</source>
        <translation>발을 조금 벌리고 똑바로 서서 앞을 보세요.</translation>
    </message>
    <message>
        <source>Face the camera.</source>
        <translation>카메라를 바라보세요.</translation>
    </message>
    <message>
        <source>Now turn 90° so your side faces the camera.</source>
        <translation>이제 90° 돌아서 옆모습이 카메라를 향하게 하세요.</translation>
    </message>
    <message>
        <source>Hold your arms a little away from your body.</source>
        <translation>팔을 몸에서 조금 떼세요.</translation>
    </message>
    <message>
        <source>It is too dark: add light in front of you.</source>
        <translation>너무 어둡습니다. 앞쪽을 밝게 해 주세요.</translation>
    </message>
    <message>
        <source>Too much light behind you: move away from the window.</source>
        <translation>뒤쪽이 너무 밝습니다. 창문에서 떨어지세요.</translation>
    </message>
    <message>
        <source>Hold still…</source>
        <translation>움직이지 마세요…</translation>
    </message>
    <message>
        <source>Measuring: keep holding still.</source>
        <translation>측정 중: 계속 움직이지 마세요.</translation>
    </message>
    <message>
        <source>Done: see your measurements.</source>
        <translation>완료: 내 치수를 확인하세요.</translation>
    </message>
    <message>
        <source>Step 1 of 2: facing the camera</source>
        <translation>1/2단계: 카메라 바라보기</translation>
    </message>
    <message>
        <source>Step 2 of 2: turn to the side</source>
        <translation>2/2단계: 옆으로 돌기</translation>
    </message>
    <message>
        <source>Step 2 of 2: side-on</source>
        <translation>2/2단계: 옆모습</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>The chest level was estimated: arms close to the body hid the armpits.</source>
        <translation>팔이 몸에 붙어 겨드랑이가 가려졌기 때문에 가슴 높이는 추정값입니다.</translation>
    </message>
    <message>
        <source>The camera angle could not be worked out; lengths assume a level camera.</source>
        <translation>카메라 각도를 알아낼 수 없었습니다. 길이는 카메라가 수평이라고 보고 계산했습니다.</translation>
    </message>
    <message>
        <source>The neck girth uses a model for all bodies, so its uncertainty is a little wider.</source>
        <translation>목둘레는 모든 체형에 공통인 모델을 사용하므로 오차가 조금 더 큽니다.</translation>
    </message>
    <message>
        <source>No gap showed between the legs, so the inside leg was estimated from the hips.</source>
        <translation>다리 사이에 틈이 보이지 않아 안쪽 다리 길이는 엉덩이에서 추정했습니다.</translation>
    </message>
    <message>
        <source>An arm touched the body, so the shoulder width is less sure. Hold the arms slightly away.</source>
        <translation>팔이 몸에 닿아서 어깨너비의 정확도가 낮습니다. 팔을 몸에서 조금 떼세요.</translation>
    </message>
    <message>
        <source>The height was measured from the reference object.</source>
        <translation>키는 기준 물체로 측정했습니다.</translation>
    </message>
    <message>
        <source>The height you gave and the reference object disagree by over 3 %: check both.</source>
        <translation>입력한 키와 기준 물체의 측정이 3 % 넘게 다릅니다. 둘 다 확인하세요.</translation>
    </message>
    <message>
        <source>The clothes&apos; usual allowance was taken off the girths; the +/- includes how much it varies.</source>
        <translation>옷의 일반적인 여유분을 둘레에서 뺐습니다. +/-에는 그 편차도 포함됩니다.</translation>
    </message>
    <message>
        <source>The girths use the body&apos;s width seen from every side during the turn.</source>
        <translation>둘레는 회전하는 동안 여러 방향에서 본 몸의 너비를 사용합니다.</translation>
    </message>
    <message>
        <source>Women&apos;s shoe widths</source>
        <translation>여성 신발 발볼</translation>
    </message>
    <message>
        <source>Women&apos;s swimwear</source>
        <translation>여성 수영복</translation>
    </message>
    <message>
        <source>Women&apos;s tops (petite)</source>
        <translation>여성 상의(작은 키)</translation>
    </message>
    <message>
        <source>Women&apos;s tops (plus)</source>
        <translation>여성 상의(플러스 사이즈)</translation>
    </message>
    <message>
        <source>Women&apos;s tops (tall)</source>
        <translation>여성 상의(큰 키)</translation>
    </message>
    <message>
        <source>Women&apos;s tops (maternity)</source>
        <translation>여성 상의(임부복)</translation>
    </message>
    <message>
        <source>Women&apos;s dresses (plus)</source>
        <translation>여성 원피스(플러스 사이즈)</translation>
    </message>
    <message>
        <source>Women&apos;s trousers (plus)</source>
        <translation>여성 바지(플러스 사이즈)</translation>
    </message>
    <message>
        <source>Men&apos;s tops (tall)</source>
        <translation>남성 상의(큰 키)</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>Admin PIN</source>
        <translation>관리자 PIN</translation>
    </message>
    <message>
        <source>Enter the new PIN again</source>
        <translation>새 PIN을 다시 입력하세요</translation>
    </message>
    <message>
        <source>Choose a new admin PIN (%1 to %2 digits)</source>
        <translation>새 관리자 PIN을 정하세요(%1~%2자리)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>No admin PIN is set. Set one in the desktop app (File ▸ Settings) or with “sizer kiosk set-pin”.</source>
        <translation>관리자 PIN이 설정되지 않았습니다. 데스크톱 앱(파일 ▸ 설정) 또는 “sizer kiosk set-pin”으로 설정하세요.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>PIN이 너무 많이 틀렸습니다. %1초 후에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN이 틀렸습니다.</translation>
    </message>
    <message>
        <source>The two PINs differ. Start again.</source>
        <translation>두 PIN이 다릅니다. 처음부터 다시 하세요.</translation>
    </message>
</context>
<context>
    <name>PresetDialog</name>
    <message>
        <source>Amazon: size-chart workbook (XLSX)</source>
        <translation>Amazon: 사이즈표 통합 문서(XLSX)</translation>
    </message>
    <message>
        <source>Amazon: size attributes of each child listing</source>
        <translation>Amazon: 각 하위 리스팅의 사이즈 속성</translation>
    </message>
    <message>
        <source>Google Merchant Center: size feed</source>
        <translation>Google Merchant Center: 사이즈 피드</translation>
    </message>
    <message>
        <source>Shopify: size-chart metaobjects (JSON)</source>
        <translation>Shopify: 사이즈표 메타 객체(JSON)</translation>
    </message>
    <message>
        <source>Shopify: product metafields (CSV)</source>
        <translation>Shopify: 상품 메타필드(CSV)</translation>
    </message>
    <message>
        <source>Pictures for Temu, SHEIN, AliExpress (a folder)</source>
        <translation>Temu, SHEIN, AliExpress용 이미지(폴더)</translation>
    </message>
    <message>
        <source>Marketplace files</source>
        <translation>마켓플레이스 파일</translation>
    </message>
    <message>
        <source>as on your Amazon listings</source>
        <translation>Amazon 리스팅과 같은 표기로</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>채널(&amp;C):</translation>
    </message>
    <message>
        <source>Amazon &amp;marketplace:</source>
        <translation>Amazon 마켓플레이스(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Brand:</source>
        <translation>브랜드(&amp;B):</translation>
    </message>
    <message>
        <source>Google &amp;size system:</source>
        <translation>Google 사이즈 체계(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Picture size:</source>
        <translation>이미지 크기(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Language of the texts:</source>
        <translation>텍스트 언어(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>저장(&amp;S)…</translation>
    </message>
    <message>
        <source>Which field each file fills, and from what: README, Marketplace presets.</source>
        <translation>각 파일이 어떤 필드를 무엇으로 채우는지: README의 “Marketplace presets”를 보세요.</translation>
    </message>
    <message>
        <source>Amazon keeps one size chart per brand: type the brand.</source>
        <translation>Amazon은 브랜드마다 사이즈표를 하나씩 둡니다. 브랜드를 입력하세요.</translation>
    </message>
</context>
<context>
    <name>PresetResultDialog</name>
    <message>
        <source>Marketplace files</source>
        <translation>마켓플레이스 파일</translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s) on what the file holds; read them before you upload it:</source>
        <translation>
            <numerusform>파일 내용에 대한 안내 %Ln건이 있습니다. 업로드하기 전에 읽어 보세요:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>{path}: {folder} exists but is not a folder</source>
        <translation>{path}: {folder}은(는) 있지만 폴더가 아닙니다</translation>
    </message>
    <message>
        <source>facing the camera</source>
        <translation>카메라 정면</translation>
    </message>
    <message>
        <source>turning</source>
        <translation>회전 중</translation>
    </message>
    <message>
        <source>side-on</source>
        <translation>옆모습</translation>
    </message>
    <message>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>{returned} returned of {sold} sold; no more can come back than were sold</source>
        <translation>{sold}개 판매 중 {returned}개 반품. 반품 수량은 판매 수량을 넘을 수 없습니다</translation>
    </message>
    <message>
        <source>{reason} (also rows {rows})</source>
        <translation>{reason} ({rows}행에도 있음)</translation>
    </message>
    <message>
        <source>{reason} (also rows {rows} and {more} more)</source>
        <translation>{reason} ({rows}행 외 {more}개 행에도 있음)</translation>
    </message>
    <message>
        <source>{value} (row {row})</source>
        <translation>{value}({row}행)</translation>
    </message>
    <message>
        <source>{values} and {more} more</source>
        <translation>{values} 외 {more}개</translation>
    </message>
    <message>
        <source> (did you mean {suggestions}?)</source>
        <translation> ({suggestions}을(를) 찾으셨나요?)</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} 또는 {second}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>{row}행</translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation>{column} 열</translation>
    </message>
    <message>
        <source>unknown catalogue format {suffix}; valid: {valid}</source>
        <translation>알 수 없는 카탈로그 형식 {suffix}. 유효한 형식: {valid}</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>파일을 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>cannot read the file: {detail}</source>
        <translation>파일을 읽을 수 없습니다: {detail}</translation>
    </message>
    <message>
        <source>is a folder; give a catalogue file (.csv or .xlsx)</source>
        <translation>폴더입니다. 카탈로그 파일(.csv 또는 .xlsx)을 지정하세요</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe or a device); give a catalogue file (.csv or .xlsx)</source>
        <translation>일반 파일이 아닙니다(파이프 또는 장치). 카탈로그 파일(.csv 또는 .xlsx)을 지정하세요</translation>
    </message>
    <message>
        <source>the file is larger than {limit_gb} GB; split the catalogue</source>
        <translation>파일이 {limit_gb} GB보다 큽니다. 카탈로그를 나누세요</translation>
    </message>
    <message>
        <source>the file is empty; expected a header row</source>
        <translation>파일이 비어 있습니다. 머리글 행이 있어야 합니다</translation>
    </message>
    <message>
        <source>malformed CSV: {detail}</source>
        <translation>CSV 형식이 잘못되었습니다: {detail}</translation>
    </message>
    <message>
        <source>not a readable XLSX workbook ({detail})</source>
        <translation>읽을 수 있는 XLSX 통합 문서가 아닙니다({detail})</translation>
    </message>
    <message>
        <source>not an XLSX workbook (no xl/workbook.xml); save it from Excel or LibreOffice as .xlsx</source>
        <translation>XLSX 통합 문서가 아닙니다(xl/workbook.xml 없음). Excel이나 LibreOffice에서 .xlsx로 저장하세요</translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <translation>통합 문서에 시트가 없습니다</translation>
    </message>
    <message>
        <source>every sheet of the workbook is hidden; unhide the catalogue sheet in Excel and save again</source>
        <translation>통합 문서의 모든 시트가 숨겨져 있습니다. Excel에서 카탈로그 시트를 숨기기 취소하고 다시 저장하세요</translation>
    </message>
    <message>
        <source>a formula ({formula}) without a saved value; open the file in Excel or LibreOffice and save it again, or type the value itself</source>
        <translation>저장된 값이 없는 수식({formula})입니다. 파일을 Excel이나 LibreOffice에서 열어 다시 저장하거나 값을 직접 입력하세요</translation>
    </message>
    <message>
        <source>a reference to shared text {value} that the workbook does not have</source>
        <translation>통합 문서에 없는 공유 텍스트 {value}을(를) 참조합니다</translation>
    </message>
    <message>
        <source>the spreadsheet error {value}; fix the formula or type the value</source>
        <translation>스프레드시트 오류 {value}입니다. 수식을 고치거나 값을 입력하세요</translation>
    </message>
    <message>
        <source>a date ({date}); Excel turns values such as 9-10 into dates: format the column as Text and type the value again</source>
        <translation>값이 날짜({date})로 바뀌어 있습니다. Excel은 9-10 같은 값을 날짜로 바꿉니다. 열 서식을 텍스트로 지정하고 값을 다시 입력하세요</translation>
    </message>
    <message>
        <source>a text of {length} characters, more than a cell holds ({limit})</source>
        <translation>{length}자 텍스트로, 셀에 들어가는 길이({limit})를 넘습니다</translation>
    </message>
    <message>
        <source>a header cell holds {reason}</source>
        <translation>머리글 셀: {reason}</translation>
    </message>
    <message>
        <source>... and {count} more</source>
        <translation>... 외 {count}건</translation>
    </message>
    <message>
        <source>no valid rows</source>
        <translation>유효한 행이 없습니다</translation>
    </message>
    <message>
        <source>no data rows under the header</source>
        <translation>머리글 아래에 데이터 행이 없습니다</translation>
    </message>
    <message>
        <source>unknown column {column}{did_you_mean}; valid: {fields}, &lt;dimension&gt;_min, &lt;dimension&gt;_max, garment_&lt;dimension&gt; (add _in for inches) with &lt;dimension&gt; one of {dimensions}</source>
        <translation>알 수 없는 열 {column}{did_you_mean}. 유효한 열: {fields}, &lt;dimension&gt;_min, &lt;dimension&gt;_max, garment_&lt;dimension&gt;(인치는 _in 추가). &lt;dimension&gt;은(는) {dimensions} 중 하나입니다</translation>
    </message>
    <message>
        <source>no ease is defined for garment {dimension}, so it cannot become a body range; give {dimension}_min/_max instead, or use garment_ with one of {dimensions}</source>
        <translation>제품 {dimension}에는 여유분이 정해져 있지 않아 신체 치수 범위로 바꿀 수 없습니다. 대신 {dimension}_min/_max를 입력하거나, garment_ 뒤에 {dimensions} 중 하나를 쓰세요</translation>
    </message>
    <message>
        <source>the same column as {column}; keep one</source>
        <translation>{column}와(과) 같은 열입니다. 하나만 남기세요</translation>
    </message>
    <message>
        <source>required column missing; a catalogue needs {columns}</source>
        <translation>필수 열이 없습니다. 카탈로그에는 {columns}이(가) 필요합니다</translation>
    </message>
    <message>
        <source>empty; every row needs a listing_id, title, category and size_label</source>
        <translation>비어 있습니다. 모든 행에 listing_id, title, category, size_label이 있어야 합니다</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>비어 있습니다</translation>
    </message>
    <message>
        <source>unknown {kind} {value}{did_you_mean}; valid: {choices}</source>
        <translation>알 수 없는 {kind} {value}{did_you_mean}. 유효한 값: {choices}</translation>
    </message>
    <message>
        <source>unknown {kind} {value}{did_you_mean}
valid {kinds}: {choices}</source>
        <translation>알 수 없는 {kind} {value}{did_you_mean}
유효한 {kinds}: {choices}</translation>
    </message>
    <message>
        <source>{choices}, ... ({count} in all)</source>
        <translation>{choices}, ... (모두 {count}개)</translation>
    </message>
    <message>
        <source>listing {listing} has no sizes</source>
        <translation>리스팅 {listing}에 사이즈가 없습니다</translation>
    </message>
    <message>
        <source>{reason}; or leave it empty for the brand&apos;s own labels</source>
        <translation>{reason}. 브랜드 자체 표기라면 비워 두세요</translation>
    </message>
    <message>
        <source>a row without measurements refers to the standard chart of its category, so it needs the label&apos;s size system; valid: {systems}</source>
        <translation>치수가 없는 행은 카테고리의 표준 사이즈표를 따르므로 표기의 사이즈 체계가 필요합니다. 유효한 값: {systems}</translation>
    </message>
    <message>
        <source>differs from row {row} of listing {listing} ({value}); every row of a listing gives the same {field}</source>
        <translation>리스팅 {listing}의 {row}행({value})과 다릅니다. 한 리스팅의 모든 행은 {field}이(가) 같아야 합니다</translation>
    </message>
    <message>
        <source>listing {listing} already has size {label}; each label once</source>
        <translation>리스팅 {listing}에 이미 사이즈 {label}이(가) 있습니다. 표기는 한 번씩만 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>{value} is not a number; expected cm, e.g. 92.5</source>
        <translation>{value}은(는) 숫자가 아닙니다. cm 단위 숫자여야 합니다(예: 92.5)</translation>
    </message>
    <message>
        <source>{value} is not a number; expected inches, e.g. 92.5</source>
        <translation>{value}은(는) 숫자가 아닙니다. 인치 단위 숫자여야 합니다(예: 92.5)</translation>
    </message>
    <message>
        <source>{value} is not a length; expected a positive number</source>
        <translation>{value}은(는) 길이가 아닙니다. 양수여야 합니다</translation>
    </message>
    <message>
        <source>give either garment_{dimension} or {dimension}_min/_max in a row, not both</source>
        <translation>한 행에는 garment_{dimension}과 {dimension}_min/_max 중 하나만 입력하세요. 둘 다 입력할 수는 없습니다</translation>
    </message>
    <message>
        <source>{value} cm is not a plausible garment {dimension} (bodies measure {low} to {high} cm){hint}</source>
        <translation>제품 {dimension} {value} cm은(는) 현실적인 값이 아닙니다(신체 치수는 {low}~{high} cm){hint}</translation>
    </message>
    <message>
        <source>{value} cm is not a plausible body {dimension}; expected {low} to {high} cm{hint}</source>
        <translation>신체 {dimension} {value} cm은(는) 현실적인 값이 아닙니다. {low}~{high} cm여야 합니다{hint}</translation>
    </message>
    <message>
        <source>{low} to {high} cm</source>
        <translation>{low}~{high} cm 범위</translation>
    </message>
    <message>
        <source>{low} to {high} cm for adults</source>
        <translation>성인 기준 {low}~{high} cm</translation>
    </message>
    <message>
        <source>{low} to {high} cm for children</source>
        <translation>어린이 기준 {low}~{high} cm</translation>
    </message>
    <message>
        <source>{value} cm is not a plausible body {dimension}; expected {expected}{hint}</source>
        <translation>신체 {dimension} {value} cm은(는) 현실적인 값이 아닙니다. {expected}여야 합니다{hint}</translation>
    </message>
    <message>
        <source>{value} cm is not a plausible garment {dimension} (bodies measure {expected}){hint}</source>
        <translation>제품 {dimension} {value} cm은(는) 현실적인 값이 아닙니다(신체 치수는 {expected}){hint}</translation>
    </message>
    <message>
        <source>looks like inches: {typed} in = {cm} cm?</source>
        <translation>인치로 보입니다({typed} in = {cm} cm)</translation>
    </message>
    <message>
        <source>looks like millimetres: {typed} mm = {cm} cm?</source>
        <translation>밀리미터로 보입니다({typed} mm = {cm} cm)</translation>
    </message>
    <message>
        <source>looks like centimetres: {typed} cm?</source>
        <translation>센티미터로 보입니다({typed} cm)</translation>
    </message>
    <message>
        <source>; {slip}</source>
        <translation>. 단위를 확인하세요: {slip}</translation>
    </message>
    <message>
        <source>; {slip} then end the column name in _in ({column})</source>
        <translation>. {slip}. 그렇다면 열 이름 끝에 _in을 붙이세요({column})</translation>
    </message>
    <message>
        <source>; {slip} the column is in cm</source>
        <translation>. {slip}. 이 열의 단위는 cm입니다</translation>
    </message>
    <message>
        <source>; {slip} then drop the _in from the column name</source>
        <translation>. {slip}. 그렇다면 열 이름에서 _in을 빼세요</translation>
    </message>
    <message>
        <source>a measurement goes inside measurements_cm, e.g. {&quot;measurements_cm&quot;: {&quot;{key}&quot;: ...}}</source>
        <translation>치수는 measurements_cm 안에 넣어야 합니다. 예: {&quot;measurements_cm&quot;: {&quot;{key}&quot;: ...}}</translation>
    </message>
    <message>
        <source>unknown profile key {key}; did you mean {hint} inside measurements_cm?</source>
        <translation>알 수 없는 프로필 키 {key}. measurements_cm 안의 {hint}을(를) 찾으셨나요?</translation>
    </message>
    <message>
        <source>size {label}: {value} cm is not a plausible body {dimension}; expected {expected}{hint}</source>
        <translation>사이즈 {label}: 신체 {dimension} {value} cm은(는) 현실적인 값이 아닙니다. {expected}여야 합니다{hint}</translation>
    </message>
    <message>
        <source> (import the other rows with --accept-valid-rows)</source>
        <translation> (나머지 행은 --accept-valid-rows로 가져올 수 있습니다)</translation>
    </message>
    <message>
        <source>; is it in cm? then drop the _in from the column name</source>
        <translation>. 값이 cm인가요? 그렇다면 열 이름에서 _in을 빼세요</translation>
    </message>
    <message>
        <source>; if the values are inches, end the column name in _in (e.g. chest_girth_min_in)</source>
        <translation>. 값이 인치라면 열 이름 끝에 _in을 붙이세요(예: chest_girth_min_in)</translation>
    </message>
    <message>
        <source>the minimum {low} cm is above the maximum {high} cm; swap them</source>
        <translation>최솟값 {low} cm이(가) 최댓값 {high} cm보다 큽니다. 두 값을 바꾸세요</translation>
    </message>
    <message>
        <source>an open-ended size from {low} cm cannot reach the plausible maximum {high} cm of {dimension}; give {dimension}_max too</source>
        <translation>상한 없이 {low} cm부터인 사이즈는 {dimension}의 현실적인 최댓값 {high} cm에 이를 수 없습니다. {dimension}_max도 입력하세요</translation>
    </message>
    <message>
        <source>a size up to {high} cm lies below the plausible minimum {low} cm of {dimension}; give {dimension}_min too</source>
        <translation>{high} cm까지인 사이즈는 {dimension}의 현실적인 최솟값 {low} cm보다 작습니다. {dimension}_min도 입력하세요</translation>
    </message>
    <message>
        <source>{path}: the column mapping is not complete:
  {problems}</source>
        <translation>{path}: 열 매핑이 완전하지 않습니다:
  {problems}</translation>
    </message>
    <message>
        <source>the mapping&apos;s header row is not in the file</source>
        <translation>매핑의 머리글 행이 파일에 없습니다</translation>
    </message>
    <message>
        <source>the mapping names columns this file does not have; map this file&apos;s columns again</source>
        <translation>매핑에 이 파일에 없는 열이 있습니다. 이 파일의 열을 다시 매핑하세요</translation>
    </message>
    <message>
        <source>no option of this product is a size ({options}); name the size option Size, or map the size column</source>
        <translation>이 상품의 옵션 중 사이즈가 없습니다({options}). 사이즈 옵션의 이름을 Size로 하거나 사이즈 열을 매핑하세요</translation>
    </message>
    <message>
        <source>no option names</source>
        <translation>옵션 이름이 없습니다</translation>
    </message>
    <message>
        <source>{value} is not a measurement; write one number or a range such as 86-90</source>
        <translation>{value}은(는) 치수가 아닙니다. 숫자 하나나 86-90 같은 범위를 입력하세요</translation>
    </message>
    <message>
        <source>the sizes of listing {listing} are labels of more than one {category} size system ({systems}), which fit different bodies; give the size system in a column (e.g. a Size system metafield) or set it for every row in the mapping</source>
        <translation>상품 {listing}의 사이즈는 여러 {category} 사이즈 체계({systems})의 표기이며, 체계마다 맞는 체형이 다릅니다. 사이즈 체계를 열로 지정하거나(예: Size system 메타필드) 매핑에서 모든 행에 설정하세요</translation>
    </message>
    <message>
        <source>{path}: cannot be written: {detail}</source>
        <translation>{path}: 기록할 수 없습니다: {detail}</translation>
    </message>
    <message>
        <source>{dimension} {typed} is not a plausible body measurement for {chart}; expected {expected}{hint}</source>
        <translation>{dimension} {typed}은(는) {chart}에 맞는 신체 치수로 볼 수 없습니다. {expected}여야 합니다{hint}</translation>
    </message>
    <message>
        <source>--category is required (or --chart-file); categories: {categories}</source>
        <translation>--category(또는 --chart-file)가 필요합니다. 카테고리: {categories}</translation>
    </message>
    <message>
        <source>--category is required (or --chart-file); {system} {label} is a size of {matches}
all categories: {categories}</source>
        <translation>--category(또는 --chart-file)가 필요합니다. {system} {label}은(는) 다음 카테고리의 사이즈입니다: {matches}
모든 카테고리: {categories}</translation>
    </message>
    <message>
        <source>{path}: a {channel} file is written as {suffixes}, not {suffix}; end the file name in one of these</source>
        <translation>{path}: {channel} 파일은 {suffix}이(가) 아니라 {suffixes} 형식으로 저장됩니다. 파일 이름을 이 중 하나로 끝내세요</translation>
    </message>
    <message>
        <source>{path} is one picture, but the {count} listings make {count} pictures: write them to a folder, or choose one listing</source>
        <translation>{path}은(는) 이미지 한 장이지만 상품 {count}개에서 이미지 {count}장이 만들어집니다. 폴더에 저장하거나 상품 하나를 고르세요</translation>
    </message>
    <message>
        <source>{path}: the pictures go in a folder, and this is a file; give a folder, or a .png or .jpg name for the picture of one listing</source>
        <translation>{path}: 이미지는 폴더에 저장되는데 이것은 파일입니다. 폴더를 지정하거나, 상품 하나의 이미지라면 .png 또는 .jpg 이름을 지정하세요</translation>
    </message>
    <message>
        <source>{path}: is a folder; give a file name inside it</source>
        <translation>{path}: 폴더입니다. 그 안의 파일 이름을 지정하세요</translation>
    </message>
    <message>
        <source>{path}: is not a regular file (a pipe or a device); give a file name</source>
        <translation>{path}: 일반 파일이 아닙니다(파이프 또는 장치). 파일 이름을 지정하세요</translation>
    </message>
    <message>
        <source>{path}: the file is read-only; it was not replaced. Make it writable or save under another name</source>
        <translation>{path}: 읽기 전용 파일이라 바꾸지 않았습니다. 쓰기 가능하게 바꾸거나 다른 이름으로 저장하세요</translation>
    </message>
    <message>
        <source>{path}: the folder {folder} does not exist</source>
        <translation>{path}: {folder} 폴더가 없습니다</translation>
    </message>
    <message>
        <source>{path}: the disk is full; nothing was written and any previous file is unchanged</source>
        <translation>{path}: 디스크가 가득 찼습니다. 아무것도 기록하지 않았으며 기존 파일은 그대로입니다</translation>
    </message>
    <message>
        <source>{path}: permission denied; save somewhere you may write</source>
        <translation>{path}: 권한이 없습니다. 쓰기 권한이 있는 곳에 저장하세요</translation>
    </message>
    <message>
        <source>{path}: the disk is read-only; save somewhere else</source>
        <translation>{path}: 읽기 전용 디스크입니다. 다른 곳에 저장하세요</translation>
    </message>
    <message>
        <source>{path}: no temporary file name is free in {folder}</source>
        <translation>{path}: {folder}에 쓸 수 있는 임시 파일 이름이 없습니다</translation>
    </message>
    <message>
        <source>a profile is a JSON object with &apos;measurements_cm&apos;</source>
        <translation>프로필은 &apos;measurements_cm&apos;이 있는 JSON 객체여야 합니다</translation>
    </message>
    <message>
        <source>missing or empty; expected e.g. {&quot;chest_girth&quot;: 96, &quot;waist_girth&quot;: 82}</source>
        <translation>없거나 비어 있습니다. 예: {&quot;chest_girth&quot;: 96, &quot;waist_girth&quot;: 82}</translation>
    </message>
    <message>
        <source>expected a list of strings</source>
        <translation>문자열 목록이어야 합니다</translation>
    </message>
    <message>
        <source>{value} is not one of {choices}</source>
        <translation>{value}은(는) {choices} 중 하나가 아닙니다</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe or a device), not a body profile: give a profile .json file</source>
        <translation>일반 파일이 아니므로(파이프 또는 장치) 신체 프로필이 아닙니다. 프로필 .json 파일을 지정하세요</translation>
    </message>
    <message>
        <source>is a folder, not a profile file</source>
        <translation>프로필 파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>cannot be read ({detail})</source>
        <translation>읽을 수 없습니다({detail})</translation>
    </message>
    <message>
        <source>larger than {kb} KB: not a body profile (save one with `sizer measure --json` or the Measure page)</source>
        <translation>{kb} KB보다 커서 신체 프로필이 아닙니다(`sizer measure --json` 또는 ‘측정’ 페이지에서 저장하세요)</translation>
    </message>
    <message>
        <source>not UTF-8 text ({detail})</source>
        <translation>UTF-8 텍스트가 아닙니다({detail})</translation>
    </message>
    <message>
        <source>not valid JSON ({detail})</source>
        <translation>올바른 JSON이 아닙니다({detail})</translation>
    </message>
    <message>
        <source>not a profile: the JSON is nested too deeply</source>
        <translation>프로필이 아닙니다. JSON의 중첩이 너무 깊습니다</translation>
    </message>
    <message>
        <source>{name} is not a number of centimetres (expected a plain decimal such as 82.5)</source>
        <translation>{name}은(는) 센티미터 숫자가 아닙니다(82.5 같은 일반 소수여야 합니다)</translation>
    </message>
    <message>
        <source>{token} is not a plausible number of centimetres (expected a plain decimal such as 82.5)</source>
        <translation>{token}은(는) 현실적인 센티미터 숫자가 아닙니다(82.5 같은 일반 소수여야 합니다)</translation>
    </message>
    <message>
        <source>expected an object of dimension: centimetres</source>
        <translation>&apos;치수: 센티미터&apos; 형식의 객체여야 합니다</translation>
    </message>
    <message>
        <source>expected a number of cm, got {value}</source>
        <translation>cm 단위 숫자여야 하는데 {value}입니다</translation>
    </message>
    <message>
        <source>an uncertainty cannot be negative</source>
        <translation>오차는 음수일 수 없습니다</translation>
    </message>
    <message>
        <source>an uncertainty of {value} cm says nothing; expected 0 to {high} cm</source>
        <translation>오차 {value} cm은(는) 의미가 없습니다. 0~{high} cm여야 합니다</translation>
    </message>
    <message>
        <source>listing {listing}: a title cannot be empty</source>
        <translation>리스팅 {listing}: 제목은 비워 둘 수 없습니다</translation>
    </message>
    <message>
        <source>listing {listing}: {value} is not a size system of {category}; valid: {systems}, or empty for the brand&apos;s own labels</source>
        <translation>리스팅 {listing}: {value}은(는) {category}의 사이즈 체계가 아닙니다. 유효한 값: {systems}. 브랜드 자체 표기라면 비워 두세요</translation>
    </message>
    <message>
        <source>listing {listing}: its sizes are labels of the {system} chart, so the system cannot change here; give the sizes&apos; measurements in the file instead</source>
        <translation>리스팅 {listing}: 사이즈가 {system} 사이즈표의 표기이므로 여기서 사이즈 체계를 바꿀 수 없습니다. 대신 파일에 사이즈별 치수를 입력하세요</translation>
    </message>
    <message>
        <source>size {label}: its ranges come from a chart or from garment measurements</source>
        <translation>사이즈 {label}: 범위는 사이즈표나 제품 치수에서 정해집니다</translation>
    </message>
    <message>
        <source>size {label}: {value} cm is not a plausible body {dimension}; expected {low} to {high} cm</source>
        <translation>사이즈 {label}: 신체 {dimension} {value} cm은(는) 현실적인 값이 아닙니다. {low}~{high} cm여야 합니다</translation>
    </message>
    <message>
        <source>size {label}: the minimum {low} cm must stay below the maximum {high} cm</source>
        <translation>사이즈 {label}: 최솟값 {low} cm은(는) 최댓값 {high} cm보다 작아야 합니다</translation>
    </message>
    <message>
        <source>the sheet is empty</source>
        <translation>시트가 비어 있습니다</translation>
    </message>
    <message>
        <source>no measurement found: expected headers such as Chest, Waist, Hip, Inseam (or 胸围, 腰围, 臀围) beside the size labels</source>
        <translation>치수를 찾지 못했습니다. 사이즈 표기 옆에 Chest, Waist, Hip, Inseam(또는 胸围, 腰围, 臀围) 같은 머리글이 있어야 합니다</translation>
    </message>
    <message>
        <source>no size labels found: expected a column (or row) of sizes such as Size, US, UK, EU</source>
        <translation>사이즈 표기를 찾지 못했습니다. Size, US, UK, EU 같은 사이즈 열(또는 행)이 있어야 합니다</translation>
    </message>
    <message>
        <source>no sizes under the header</source>
        <translation>머리글 아래에 사이즈가 없습니다</translation>
    </message>
    <message>
        <source>the chart has no {system} labels; it has {systems}</source>
        <translation>사이즈표에 {system} 표기가 없습니다. 있는 표기: {systems}</translation>
    </message>
    <message>
        <source>no ease is known for garment {dimensions}, so Sizer cannot tell the body they fit; import a body-measurement chart, or one with {known}</source>
        <translation>제품 {dimensions}의 여유분을 알 수 없어 Sizer가 맞는 신체 치수를 알 수 없습니다. 신체 치수 사이즈표나 {known}이(가) 있는 사이즈표를 가져오세요</translation>
    </message>
    <message>
        <source>size {label} appears twice in the chart&apos;s {system} labels</source>
        <translation>사이즈 {label}이(가) 사이즈표의 {system} 표기에 두 번 나옵니다</translation>
    </message>
    <message>
        <source>the chart has no sizes with {system} labels</source>
        <translation>사이즈표에 {system} 표기가 있는 사이즈가 없습니다</translation>
    </message>
    <message>
        <source>chart id {chart_id}: lower-case letters, digits and _ only</source>
        <translation>사이즈표 ID {chart_id}: 영문 소문자, 숫자, _만 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>a garment chart becomes body ranges through a category&apos;s ease: give its category</source>
        <translation>제품 치수 사이즈표는 카테고리의 여유분으로 신체 치수 범위가 됩니다. 카테고리를 지정하세요</translation>
    </message>
    <message>
        <source>{label}: no such file</source>
        <translation>{label}: 파일이 없습니다</translation>
    </message>
    <message>
        <source>Give the path of a JPEG or PNG photo.</source>
        <translation>JPEG 또는 PNG 사진의 경로를 입력하세요.</translation>
    </message>
    <message>
        <source>{label}: the file is empty</source>
        <translation>{label}: 파일이 비어 있습니다</translation>
    </message>
    <message>
        <source>Take or export the photo again.</source>
        <translation>사진을 다시 찍거나 다시 내보내세요.</translation>
    </message>
    <message>
        <source>{label}: the file is {mb} MB, too large</source>
        <translation>{label}: 파일이 {mb} MB로 너무 큽니다</translation>
    </message>
    <message>
        <source>Use a normal camera photo (JPEG or PNG under 80 MB).</source>
        <translation>일반 카메라 사진(80 MB 미만의 JPEG 또는 PNG)을 사용하세요.</translation>
    </message>
    <message>
        <source>{label}: {width}x{height} pixels is too large</source>
        <translation>{label}: {width}x{height}픽셀은 너무 큽니다</translation>
    </message>
    <message>
        <source>Use a photo of at most 64 megapixels.</source>
        <translation>64메가픽셀 이하의 사진을 사용하세요.</translation>
    </message>
    <message>
        <source>{label}: not a readable image</source>
        <translation>{label}: 읽을 수 있는 이미지가 아닙니다</translation>
    </message>
    <message>
        <source>Use a JPEG or PNG photo (8-bit colour).</source>
        <translation>JPEG 또는 PNG 사진(8비트 색상)을 사용하세요.</translation>
    </message>
    <message>
        <source>{label}: {bits}-bit image</source>
        <translation>{label}: {bits}비트 이미지입니다</translation>
    </message>
    <message>
        <source>Export the photo as an ordinary 8-bit JPEG or PNG.</source>
        <translation>사진을 일반 8비트 JPEG 또는 PNG로 내보내세요.</translation>
    </message>
    <message>
        <source>{label}: a greyscale image</source>
        <translation>{label}: 흑백 이미지입니다</translation>
    </message>
    <message>
        <source>Use a colour photo: the person is found by colour against the background.</source>
        <translation>컬러 사진을 사용하세요. 사람은 배경과의 색 차이로 찾습니다.</translation>
    </message>
    <message>
        <source>{label}: {width}x{height} pixels is too small</source>
        <translation>{label}: {width}x{height}픽셀은 너무 작습니다</translation>
    </message>
    <message>
        <source>Use a photo at least {pixels} pixels on its short side.</source>
        <translation>짧은 변이 {pixels}픽셀 이상인 사진을 사용하세요.</translation>
    </message>
    <message>
        <source>{label}: a CMYK (print) image</source>
        <translation>{label}: CMYK(인쇄용) 이미지입니다</translation>
    </message>
    <message>
        <source>Export the photo in RGB colour (as a camera saves it).</source>
        <translation>사진을 RGB 색상으로 내보내세요(카메라가 저장하는 방식).</translation>
    </message>
    <message>
        <source>cannot open {what}</source>
        <translation>{what}을(를) 열 수 없습니다</translation>
    </message>
    <message>
        <source>camera {number} (device {index})</source>
        <translation>카메라 {number}(장치 {index})</translation>
    </message>
    <message>
        <source>video {path}</source>
        <translation>동영상 {path}</translation>
    </message>
    <message>
        <source>Check that it exists and no other program is using it.</source>
        <translation>장치가 연결되어 있는지, 다른 프로그램이 사용하고 있지 않은지 확인하세요.</translation>
    </message>
    <message>
        <source>{path}: no such video file</source>
        <translation>{path}: 동영상 파일이 없습니다</translation>
    </message>
    <message>
        <source>Give the path of a video file.</source>
        <translation>동영상 파일의 경로를 입력하세요.</translation>
    </message>
    <message>
        <source>{folder}: no images found</source>
        <translation>{folder}: 이미지를 찾지 못했습니다</translation>
    </message>
    <message>
        <source>Put {suffixes} files in it.</source>
        <translation>이 폴더에 {suffixes} 파일을 넣으세요.</translation>
    </message>
    <message>
        <source>{path}: cannot measure this {view} photo ({reasons})</source>
        <translation>{path}: 이 {view} 사진으로는 측정할 수 없습니다({reasons})</translation>
    </message>
    <message>
        <source>front</source>
        <translation>정면</translation>
    </message>
    <message>
        <source>side</source>
        <translation>옆모습</translation>
    </message>
    <message>
        <source>a stature of {stature} cm is not plausible</source>
        <translation>키 {stature} cm은(는) 현실적인 값이 아닙니다</translation>
    </message>
    <message>
        <source>Give the height in centimetres, {low} to {high}.</source>
        <translation>키를 센티미터로 입력하세요({low}~{high}).</translation>
    </message>
    <message>
        <source>the person&apos;s height is needed for the scale</source>
        <translation>크기의 기준이 되는 사람의 키가 필요합니다</translation>
    </message>
    <message>
        <source>Give the height in cm, or hold a printed marker or ID card in the front photo.</source>
        <translation>키를 cm로 입력하거나, 인쇄한 마커나 신분증을 들고 정면 사진을 찍으세요.</translation>
    </message>
    <message>
        <source>the {reference} gives an implausible height ({height} cm)</source>
        <translation>{reference}(으)로 잰 키({height} cm)가 현실적이지 않습니다</translation>
    </message>
    <message>
        <source>Hold it flat on your stomach, facing the camera, and check its printed size.</source>
        <translation>배에 평평하게 대고 카메라 쪽으로 든 다음, 인쇄된 크기가 맞는지 확인하세요.</translation>
    </message>
    <message>
        <source>printed marker</source>
        <translation>인쇄한 마커</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>신분증</translation>
    </message>
    <message>
        <source>the photos gave an implausible {dimension} ({value} cm)</source>
        <translation>사진에서 현실적이지 않은 {dimension} 값({value} cm)이 나왔습니다</translation>
    </message>
    <message>
        <source>Retake both photos: whole body in view, plain background, tight clothes, arms slightly away.</source>
        <translation>두 사진을 다시 찍으세요. 전신이 보이게, 무늬 없는 배경 앞에서, 몸에 붙는 옷을 입고, 팔을 몸에서 조금 뗀 채로 찍어야 합니다.</translation>
    </message>
    <message>
        <source>loose clothes: the girths cannot be measured</source>
        <translation>헐렁한 옷: 둘레를 측정할 수 없습니다</translation>
    </message>
    <message>
        <source>Loose clothes hide the body&apos;s shape, so the girths would read several centimetres too big. Change into a fitted top and leggings (or underwear) and measure again, or measure with a tape following the illustrated measuring guide.</source>
        <translation>헐렁한 옷은 몸의 형태를 가려서 둘레가 몇 센티미터 크게 측정됩니다. 몸에 맞는 상의와 레깅스(또는 속옷)로 갈아입고 다시 측정하거나, 그림이 있는 측정 가이드에 따라 줄자로 재세요.</translation>
    </message>
    <message>
        <source>the silhouette shows loose clothing (a hem, a waist as deep as the chest)</source>
        <translation>실루엣에 헐렁한 옷이 보입니다(옷단, 가슴만큼 두꺼운 허리)</translation>
    </message>
    <message>
        <source>the capture is not finished</source>
        <translation>촬영이 끝나지 않았습니다</translation>
    </message>
    <message>
        <source>Hold still facing the camera, then side-on ({step} now).</source>
        <translation>카메라를 바라본 채 움직이지 말고 있다가, 그다음 옆으로 서세요(현재 단계: {step}).</translation>
    </message>
    <message>
        <source>the torso could not be traced in the photos</source>
        <translation>사진에서 몸통의 윤곽을 찾지 못했습니다</translation>
    </message>
    <message>
        <source>Stand against a plain background, arms slightly away from the body.</source>
        <translation>무늬 없는 배경 앞에 서서 팔을 몸에서 조금 떼세요.</translation>
    </message>
    <message>
        <source>the front view is turned {degrees} degrees from the camera</source>
        <translation>정면 모습이 카메라에서 {degrees}도 돌아가 있습니다</translation>
    </message>
    <message>
        <source>Face the camera squarely for the front view (feet and shoulders square to it).</source>
        <translation>정면 촬영에서는 카메라를 똑바로 바라보세요(발과 어깨가 카메라와 정면으로 마주하게).</translation>
    </message>
    <message>
        <source>the side view is {degrees} degrees off side-on</source>
        <translation>옆모습이 정확한 옆 방향에서 {degrees}도 벗어나 있습니다</translation>
    </message>
    <message>
        <source>Turn exactly a quarter turn for the side view: one shoulder pointing at the camera.</source>
        <translation>옆모습 촬영에서는 정확히 90도 돌아서세요. 한쪽 어깨가 카메라를 향해야 합니다.</translation>
    </message>
    <message>
        <source>the {girth} read {value} cm where the other girths of a real body would put it near {predicted} cm</source>
        <translation>{girth}이(가) {value} cm로 측정되었지만, 실제 몸이라면 다른 둘레로 보아 {predicted} cm 안팎이어야 합니다</translation>
    </message>
    <message>
        <source>Measure again: face the camera squarely, then turn exactly side-on; arms a hand&apos;s width from the body; fitted clothes; the camera at chest height, 2-3 m away.</source>
        <translation>다시 측정하세요. 카메라를 똑바로 바라본 다음 정확히 옆으로 돌아서고, 팔은 몸에서 손바닥 너비만큼 떼세요. 몸에 맞는 옷을 입고, 카메라는 가슴 높이에 2~3 m 떨어뜨려 두세요.</translation>
    </message>
    <message>
        <source>{what} was not found in the front photo</source>
        <translation>정면 사진에서 {what}을(를) 찾지 못했습니다</translation>
    </message>
    <message>
        <source>the printed marker</source>
        <translation>인쇄한 마커</translation>
    </message>
    <message>
        <source>an ID card (85.6 x 54 mm)</source>
        <translation>신분증(85.6 x 54 mm)</translation>
    </message>
    <message>
        <source>Hold it flat against your stomach, facing the camera, fully visible and unbent.</source>
        <translation>배에 평평하게 대고 카메라 쪽으로 드세요. 전체가 보이고 구부러지지 않아야 합니다.</translation>
    </message>
    <message>
        <source>No person was found. Stand 2-3 m from the camera, in good light, against a plain wall.</source>
        <translation>사람을 찾지 못했습니다. 밝은 곳에서 무늬 없는 벽 앞에 카메라와 2~3 m 떨어져 서세요.</translation>
    </message>
    <message>
        <source>More than one person is in the picture. Only the person to be measured may be in view.</source>
        <translation>화면에 두 사람 이상이 있습니다. 측정할 사람만 화면에 나와야 합니다.</translation>
    </message>
    <message>
        <source>The whole body must be in the picture, from the top of the head to the feet, with a little space around it. Step back or lower the zoom.</source>
        <translation>머리끝부터 발끝까지 전신이 주변에 약간의 여백을 두고 화면에 나와야 합니다. 뒤로 물러서거나 줌을 줄이세요.</translation>
    </message>
    <message>
        <source>The person is too small in the picture. Step closer: the body should fill at least half of the picture&apos;s height.</source>
        <translation>화면 속 사람이 너무 작습니다. 더 가까이 오세요. 몸이 화면 높이의 절반 이상을 차지해야 합니다.</translation>
    </message>
    <message>
        <source>The person is too close. Step back until there is space above the head and below the feet.</source>
        <translation>너무 가깝습니다. 머리 위와 발아래에 여백이 생길 때까지 뒤로 물러서세요.</translation>
    </message>
    <message>
        <source>Stand upright, feet slightly apart, looking ahead (not seated or bending).</source>
        <translation>발을 조금 벌리고 똑바로 서서 앞을 보세요(앉거나 몸을 숙이지 마세요).</translation>
    </message>
    <message>
        <source>This is not a front view. Face the camera squarely for the front photo.</source>
        <translation>정면 모습이 아닙니다. 정면 사진에서는 카메라를 똑바로 바라보세요.</translation>
    </message>
    <message>
        <source>This is not a side view. Turn 90 degrees so that your side faces the camera.</source>
        <translation>옆모습이 아닙니다. 옆모습이 카메라를 향하도록 90도 돌아서세요.</translation>
    </message>
    <message>
        <source>The person faces away from the camera. Face the camera for the front photo.</source>
        <translation>사람이 카메라를 등지고 있습니다. 정면 사진에서는 카메라를 바라보세요.</translation>
    </message>
    <message>
        <source>Hold the arms slightly away from the body (a hand&apos;s width), so the waist shows.</source>
        <translation>허리가 보이도록 팔을 몸에서 조금(손바닥 너비만큼) 떼세요.</translation>
    </message>
    <message>
        <source>The picture is too dark. Turn on more light, facing the person.</source>
        <translation>사진이 너무 어둡습니다. 사람 앞쪽에서 비추도록 조명을 더 켜세요.</translation>
    </message>
    <message>
        <source>The picture is overexposed. Avoid a window or a lamp behind or straight at the person.</source>
        <translation>사진이 너무 밝습니다(노출 과다). 사람 뒤에 창문이나 조명이 있거나 조명이 사람을 정면으로 비추지 않게 하세요.</translation>
    </message>
    <message>
        <source>no person</source>
        <translation>사람 없음</translation>
    </message>
    <message>
        <source>several people</source>
        <translation>여러 사람</translation>
    </message>
    <message>
        <source>body cut off</source>
        <translation>몸이 잘림</translation>
    </message>
    <message>
        <source>too far</source>
        <translation>너무 멂</translation>
    </message>
    <message>
        <source>too close</source>
        <translation>너무 가까움</translation>
    </message>
    <message>
        <source>not upright</source>
        <translation>똑바로 서 있지 않음</translation>
    </message>
    <message>
        <source>expected front</source>
        <translation>정면이어야 함</translation>
    </message>
    <message>
        <source>expected side</source>
        <translation>옆모습이어야 함</translation>
    </message>
    <message>
        <source>facing away</source>
        <translation>뒤돌아 있음</translation>
    </message>
    <message>
        <source>arms against body</source>
        <translation>팔이 몸에 붙음</translation>
    </message>
    <message>
        <source>too dark</source>
        <translation>너무 어두움</translation>
    </message>
    <message>
        <source>too bright</source>
        <translation>너무 밝음</translation>
    </message>
    <message>
        <source>empty; expected a whole number</source>
        <translation>비어 있습니다. 정수가 있어야 합니다</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value}은(는) 정수가 아닙니다</translation>
    </message>
    <message>
        <source>{value} is below {minimum}; expected a whole number of at least {minimum}</source>
        <translation>{value}은(는) {minimum}보다 작습니다. {minimum} 이상의 정수여야 합니다</translation>
    </message>
    <message>
        <source>empty; expected a date such as 2024-03-05, 2024-03-05 10:11:12, 05-03-2024 or 05.03.2024</source>
        <translation>비어 있습니다. 2024-03-05, 2024-03-05 10:11:12, 05-03-2024 또는 05.03.2024 같은 날짜가 있어야 합니다</translation>
    </message>
    <message>
        <source>{value} is not a date such as 2024-03-05, 2024-03-05 10:11:12, 05-03-2024 or 05.03.2024</source>
        <translation>{value}은(는) 2024-03-05, 2024-03-05 10:11:12, 05-03-2024 또는 05.03.2024 같은 날짜가 아닙니다</translation>
    </message>
    <message>
        <source>empty; every line needs its listing</source>
        <translation>비어 있습니다. 모든 줄에 리스팅이 있어야 합니다</translation>
    </message>
    <message>
        <source>listing {listing} is not in the catalogue{did_you_mean}</source>
        <translation>리스팅 {listing}이(가) 카탈로그에 없습니다{did_you_mean}</translation>
    </message>
    <message>
        <source>{value} is not a size of {listing}; valid: {labels}</source>
        <translation>{value}은(는) {listing}의 사이즈가 아닙니다. 유효한 값: {labels}</translation>
    </message>
    <message>
        <source>no order lines under the header</source>
        <translation>머리글 아래에 주문 내역이 없습니다</translation>
    </message>
    <message>
        <source>empty; every line needs its order</source>
        <translation>비어 있습니다. 모든 줄에 주문이 있어야 합니다</translation>
    </message>
    <message>
        <source>unknown orders layout {layout}; valid: {layouts}</source>
        <translation>알 수 없는 주문 파일 구성 {layout}. 유효한 값: {layouts}</translation>
    </message>
    <message>
        <source>the columns are not Sizer&apos;s, Shopify&apos;s or Amazon&apos;s: map them once (sizer returns analyse --map FIELD=COLUMN ..., or the column dialog in the app) with FIELD one of {fields}; required: {required}. The file&apos;s columns: {columns}</source>
        <translation>열 구성이 Sizer, Shopify, Amazon 중 어느 것도 아닙니다. 한 번만 매핑하세요(sizer returns analyse --map FIELD=COLUMN ... 또는 앱의 열 매핑 대화 상자). FIELD는 {fields} 중 하나이며, 필수 항목은 {required}입니다. 파일의 열: {columns}</translation>
    </message>
    <message>
        <source>unknown column{did_you_mean}; valid: {fields} (another layout: give a column mapping)</source>
        <translation>알 수 없는 열{did_you_mean}. 유효한 열: {fields}(다른 구성이면 열 매핑을 지정하세요)</translation>
    </message>
    <message>
        <source>required column missing; an orders file needs {fields}</source>
        <translation>필수 열이 없습니다. 주문 파일에는 {fields}이(가) 필요합니다</translation>
    </message>
    <message>
        <source>the mapping takes {field} from column {column}, which the file does not have; its columns: {columns}</source>
        <translation>매핑은 {field}을(를) {column} 열에서 가져오지만, 파일에 그 열이 없습니다. 파일의 열: {columns}</translation>
    </message>
    <message>
        <source>{what} matches no listing and size of the catalogue; SKUs are read as &lt;listing_id&gt;-&lt;size&gt; (or with _ / . space or nothing between){names_hint}</source>
        <translation>{what}은(는) 카탈로그의 어떤 리스팅·사이즈와도 일치하지 않습니다. SKU는 &lt;listing_id&gt;-&lt;size&gt; 형식으로 읽습니다(- 대신 _ / . 공백을 쓰거나 아무것도 없어도 됩니다){names_hint}</translation>
    </message>
    <message>
        <source>, item names as &apos;&lt;title&gt; - &lt;size&gt;&apos; (or &apos;&lt;title&gt; - &lt;size&gt; / &lt;colour&gt;&apos;)</source>
        <translation>. 상품명은 &apos;&lt;title&gt; - &lt;size&gt;&apos;(또는 &apos;&lt;title&gt; - &lt;size&gt; / &lt;colour&gt;&apos;) 형식으로 읽습니다</translation>
    </message>
    <message>
        <source>SKU {sku}</source>
        <translation>SKU 코드 {sku}</translation>
    </message>
    <message>
        <source>an empty SKU</source>
        <translation>비어 있는 SKU 코드</translation>
    </message>
    <message>
        <source>{what} (item {name})</source>
        <translation>{what}(상품명 {name})</translation>
    </message>
    <message>
        <source>required column of {what} missing (looked for {names})</source>
        <translation>{what}의 필수 열이 없습니다(찾아본 열: {names})</translation>
    </message>
    <message>
        <source>unknown orders field {field}{did_you_mean}
valid fields: {fields}</source>
        <translation>알 수 없는 주문 필드 {field}{did_you_mean}
유효한 필드: {fields}</translation>
    </message>
    <message>
        <source>; did you mean {suggestions}?</source>
        <translation>. {suggestions}을(를) 찾으셨나요?</translation>
    </message>
    <message>
        <source>--map {pair}: expected FIELD=COLUMN, e.g. size_label=Size</source>
        <translation>--map {pair}: FIELD=COLUMN 형식이어야 합니다(예: size_label=Size)</translation>
    </message>
    <message>
        <source>cannot read the remembered column mappings: {detail}; delete the file to start afresh</source>
        <translation>기억해 둔 열 매핑을 읽을 수 없습니다: {detail}. 파일을 삭제하고 처음부터 다시 하세요</translation>
    </message>
    <message>
        <source>open an orders file first</source>
        <translation>먼저 주문 파일을 여세요</translation>
    </message>
    <message>
        <source>nothing to correct: no flagged size is selected</source>
        <translation>보정할 것이 없습니다. 플래그된 사이즈를 선택하지 않았습니다</translation>
    </message>
    <message>
        <source>the bundled sample catalogue is never overwritten: choose where to save the corrected one</source>
        <translation>기본 제공 샘플 카탈로그는 덮어쓰지 않습니다. 보정한 카탈로그를 저장할 위치를 고르세요</translation>
    </message>
    <message>
        <source>no correction to undo</source>
        <translation>취소할 보정이 없습니다</translation>
    </message>
    <message>
        <source>a Shopify orders export</source>
        <translation>Shopify 주문 내보내기 파일</translation>
    </message>
    <message>
        <source>a Shopify returns file</source>
        <translation>Shopify 반품 파일</translation>
    </message>
    <message>
        <source>an Amazon All Orders report</source>
        <translation>Amazon 전체 주문 보고서(All Orders)</translation>
    </message>
    <message>
        <source>an Amazon customer returns report</source>
        <translation>Amazon 고객 반품 보고서</translation>
    </message>
    <message>
        <source>no line of order {order} with SKU {sku} in the orders file</source>
        <translation>주문 파일에 주문 {order}의 SKU {sku} 내역이 없습니다</translation>
    </message>
    <message>
        <source>{value} is not a whole number of at least 1</source>
        <translation>{value}은(는) 1 이상의 정수가 아닙니다</translation>
    </message>
    <message>
        <source>column {column}: unknown target {target}; valid: {targets}, option&lt;n&gt;_name/_value, or a measurement (&lt;dimension&gt;_min, _max, _range, garment_&lt;dimension&gt;, add _in for inches)</source>
        <translation>{column} 열: 알 수 없는 대상 {target}. 유효한 값: {targets}, option&lt;n&gt;_name/_value 또는 치수(&lt;dimension&gt;_min, _max, _range, garment_&lt;dimension&gt;, 인치는 _in 추가)</translation>
    </message>
    <message>
        <source>constant {name}: only {fields} can be set for every row</source>
        <translation>상수 {name}: 모든 행에 한꺼번에 지정할 수 있는 것은 {fields}뿐입니다</translation>
    </message>
    <message>
        <source>no column is the listing id (e.g. Handle, parent_sku, 款号); choose one</source>
        <translation>리스팅 ID 열이 없습니다(예: Handle, parent_sku, 款号). 하나를 선택하세요</translation>
    </message>
    <message>
        <source>no column is the title (e.g. Title, item_name, 商品名称); choose one</source>
        <translation>제목 열이 없습니다(예: Title, item_name, 商品名称). 하나를 선택하세요</translation>
    </message>
    <message>
        <source>no column is the size (e.g. Size, Option1 Value, size_name, 尺码); choose one</source>
        <translation>사이즈 열이 없습니다(예: Size, Option1 Value, size_name, 尺码). 하나를 선택하세요</translation>
    </message>
    <message>
        <source>no category: choose the column that holds it, or one category for every row</source>
        <translation>카테고리가 없습니다. 카테고리가 있는 열을 선택하거나, 모든 행에 쓸 카테고리를 하나 고르세요</translation>
    </message>
    <message>
        <source> (SKUs {skus})</source>
        <translation>(SKU {skus})</translation>
    </message>
    <message>
        <source>language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <source>units</source>
        <translation>단위</translation>
    </message>
    <message>
        <source>dimension</source>
        <translation>치수</translation>
    </message>
    <message>
        <source>dimensions</source>
        <translation>치수</translation>
    </message>
    <message>
        <source>listing</source>
        <translation>리스팅</translation>
    </message>
    <message>
        <source>listings</source>
        <translation>리스팅</translation>
    </message>
    <message>
        <source>category</source>
        <translation>카테고리</translation>
    </message>
    <message>
        <source>categories</source>
        <translation>카테고리</translation>
    </message>
    <message>
        <source>fit</source>
        <translation>핏</translation>
    </message>
    <message>
        <source>stretch</source>
        <translation>신축성</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>%1 size systems</source>
        <translation>%1 사이즈 체계</translation>
    </message>
    <message>
        <source>%1 size system</source>
        <translation>%1 사이즈 체계</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a code a file holds, then its name</comment>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>%1행</translation>
    </message>
    <message>
        <source>header</source>
        <translation>머리글</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>%1 열</translation>
    </message>
    <message>
        <source>, </source>
        <translation>의 </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 문제: %2</translation>
    </message>
    <message>
        <source>field %1</source>
        <translation>%1 필드</translation>
    </message>
    <message>
        <source>{owner} has no {kind} {value}; its {kinds}: {choices}</source>
        <translation>{owner}에는 {kind} {value}이(가) 없습니다. {kinds}: {choices}</translation>
    </message>
    <message>
        <source>{value} {unit} is not a plausible {dimension}; expected {expected}{hint}</source>
        <translation>{value} {unit}은(는) 타당한 {dimension}이(가) 아닙니다. {expected}여야 합니다{hint}</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>{line}줄 {column}열</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>목록</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>객체</translation>
    </message>
    <message>
        <source> (1 valid row; accept it with --accept-valid-rows)</source>
        <translation> (유효한 행 1개; --accept-valid-rows로 가져오세요)</translation>
    </message>
    <message>
        <source>unknown people file format {suffix}; valid: {valid}</source>
        <translation>알 수 없는 인원 파일 형식 {suffix}. 유효한 형식: {valid}</translation>
    </message>
    <message>
        <source>not UTF-8 text (at byte {at}); save it as CSV UTF-8 (Excel: Save as, CSV UTF-8)</source>
        <translation>UTF-8 텍스트가 아닙니다({at}번째 바이트). CSV UTF-8로 저장하세요(Excel: 다른 이름으로 저장 → CSV UTF-8)</translation>
    </message>
    <message>
        <source>empty; expected a header row with an id column and measurement columns</source>
        <translation>비어 있습니다. id 열과 치수 열이 있는 머리글 행이 필요합니다</translation>
    </message>
    <message>
        <source>no people under the header</source>
        <translation>머리글 아래에 사람이 없습니다</translation>
    </message>
    <message>
        <source>no id column; name one of {names}</source>
        <translation>id 열이 없습니다. 다음 중 하나로 이름을 지정하세요: {names}</translation>
    </message>
    <message>
        <source>unknown column{did_you_mean}; valid: an id column ({ids}), a measurement named after its dimension (chest_girth in cm, chest_girth_in in inches), &lt;dimension&gt;_uncertainty in cm, fit_preference, segment</source>
        <translation>알 수 없는 열{did_you_mean}. 유효한 열: id 열({ids}), 신체 부위 이름의 치수(chest_girth는 cm, chest_girth_in은 인치), &lt;dimension&gt;_uncertainty(cm), fit_preference, segment</translation>
    </message>
    <message>
        <source>no measurement columns; name them after the dimensions: {dimensions}</source>
        <translation>치수 열이 없습니다. 신체 부위 이름으로 지정하세요: {dimensions}</translation>
    </message>
    <message>
        <source>empty; every person needs an id</source>
        <translation>비어 있습니다. 모든 사람에게 id가 필요합니다</translation>
    </message>
    <message>
        <source>{person} is already on {where}; every person once</source>
        <translation>{person}은(는) 이미 {where}에 있습니다. 한 사람은 한 번만</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>{line}줄</translation>
    </message>
    <message>
        <source>person {person} has no measurements; give at least one</source>
        <translation>{person}에게 치수가 없습니다. 하나 이상 입력하세요</translation>
    </message>
    <message>
        <source>{slip} the column is in cm: {value}</source>
        <translation>{slip} 이 열은 cm 단위입니다: {value}</translation>
    </message>
    <message>
        <source>{slip} then name the column {column}</source>
        <translation>{slip} 그렇다면 열 이름을 {column}(으)로 하세요</translation>
    </message>
    <message>
        <source>not valid JSON (at column {column}); a line holds one person, e.g. {&quot;id&quot;: 17, &quot;measurements_cm&quot;: {&quot;chest_girth&quot;: 96}}</source>
        <translation>유효한 JSON이 아닙니다({column}열). 한 줄에 한 사람입니다(예: {&quot;id&quot;: 17, &quot;measurements_cm&quot;: {&quot;chest_girth&quot;: 96}})</translation>
    </message>
    <message>
        <source>not a person: a line holds one JSON object, e.g. {&quot;id&quot;: 17, &quot;measurements_cm&quot;: {&quot;chest_girth&quot;: 96}}</source>
        <translation>사람 데이터가 아닙니다. 한 줄에 JSON 객체 하나입니다(예: {&quot;id&quot;: 17, &quot;measurements_cm&quot;: {&quot;chest_girth&quot;: 96}})</translation>
    </message>
    <message>
        <source>every person needs an id, e.g. &quot;id&quot;: 17</source>
        <translation>모든 사람에게 id가 필요합니다(예: &quot;id&quot;: 17)</translation>
    </message>
    <message>
        <source>{owner} has no {kind} {value}
its {kinds}: {choices}</source>
        <translation>{owner}에는 {kind} {value}이(가) 없습니다
{kinds}: {choices}</translation>
    </message>
    <message>
        <source>size type</source>
        <translation>사이즈 유형</translation>
    </message>
    <message>
        <source>size types</source>
        <translation>사이즈 유형</translation>
    </message>
    <message>
        <source>size system</source>
        <translation>사이즈 체계</translation>
    </message>
    <message>
        <source>size systems</source>
        <translation>사이즈 체계</translation>
    </message>
    <message>
        <source>the {channel} file is not written: two sizes of one listing would be the same variant there ({details}); give each size its own label in the catalogue, then export again</source>
        <translation>{channel} 파일을 쓰지 않았습니다. 한 상품의 두 사이즈가 그곳에서 같은 변형이 됩니다({details}). 카탈로그에서 사이즈마다 다른 표기를 주고 다시 내보내세요</translation>
    </message>
    <message>
        <source>; {value} looks like half a girth, measured across the garment laid flat: give the whole girth ({doubled} cm), or import the chart with Brand chart…, which doubles laid-flat widths</source>
        <translation>; {value}은(는) 옷을 펼쳐 놓고 잰 반 둘레로 보입니다. 전체 둘레({doubled} cm)를 입력하거나, 펼친 너비를 두 배로 하는 브랜드 사이즈표…로 표를 가져오세요</translation>
    </message>
    <message>
        <source>rows {rows}</source>
        <translation>{rows}행</translation>
    </message>
    <message>
        <source>rows {rows} and {more} more</source>
        <translation>{rows}행 외 {more}개 행</translation>
    </message>
    <message>
        <source>{path} is your own file, imported through a column mapping: saving over it would replace its columns with Sizer&apos;s. Choose a new file name.</source>
        <translation>{path}은(는) 열 매핑으로 가져온 사용자의 파일입니다. 덮어쓰면 열이 Sizer의 열로 바뀝니다. 새 파일 이름을 선택하세요.</translation>
    </message>
    <message>
        <source>{path} is the workbook this catalogue was read from, and it has other sheets: saving over it would delete them. Choose a new file name.</source>
        <translation>{path}은(는) 이 카탈로그를 읽은 통합 문서이며 다른 시트가 있습니다. 덮어쓰면 그 시트들이 지워집니다. 새 파일 이름을 선택하세요.</translation>
    </message>
    <message>
        <source>{path} is the file this catalogue was imported from, and the rows with problems were left out: saving over it would delete them. Choose a new file name (fix the rows in the original and open it again to import them too).</source>
        <translation>{path}은(는) 이 카탈로그를 가져온 파일이며 문제가 있는 행은 제외되었습니다. 덮어쓰면 그 행들이 지워집니다. 새 파일 이름을 선택하세요(원본에서 행을 고친 뒤 다시 열면 함께 가져올 수 있습니다).</translation>
    </message>
    <message>
        <source>{field} for every row: Sizer does not know {value}; valid: {valid}</source>
        <translation>모든 행의 {field}: Sizer가 {value}을(를) 모릅니다. 유효한 값: {valid}</translation>
    </message>
    <message>
        <source>size system {system} for every row: the charts of {categories} have no labels in it; choose another, or leave it empty for the brand&apos;s own labels</source>
        <translation>모든 행의 사이즈 체계 {system}: {categories}의 사이즈표에는 이 체계의 사이즈가 없습니다. 다른 체계를 선택하거나 비워 두어 브랜드 자체 사이즈 표기를 사용하세요</translation>
    </message>
    <message>
        <source>category {text}: Sizer does not know {value}; choose a Sizer category or not sized</source>
        <translation>카테고리 {text}: Sizer가 {value}을(를) 모릅니다. Sizer 카테고리나 &apos;사이즈 없음&apos;을 선택하세요</translation>
    </message>
    <message>
        <source>Category (every row)</source>
        <translation>카테고리(모든 행)</translation>
    </message>
    <message>
        <source>Size system (every row)</source>
        <translation>사이즈 체계(모든 행)</translation>
    </message>
    <message>
        <source>Fit (every row)</source>
        <translation>핏(모든 행)</translation>
    </message>
    <message>
        <source>Stretch (every row)</source>
        <translation>신축성(모든 행)</translation>
    </message>
    <message>
        <source>{listing}: sizes {sizes}{rows} would all be {value}</source>
        <translation>{listing}: 사이즈 {sizes}{rows}이(가) 모두 {value}이(가) 됩니다</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} 및 {second}</translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <translation>{first}; {second}</translation>
    </message>
    <message>
        <source>the brand&apos;s own labels</source>
        <translation>브랜드 자체 표기</translation>
    </message>
    <message>
        <source>size {sizes} has no {system} equivalent in the {category} chart</source>
        <translation>사이즈 {sizes}은(는) {category} 사이즈표에 해당하는 {system} 사이즈가 없습니다</translation>
    </message>
    <message>
        <source>sizes {sizes} have no {system} equivalent in the {category} chart</source>
        <translation>사이즈 {sizes}은(는) {category} 사이즈표에 해당하는 {system} 사이즈가 없습니다</translation>
    </message>
    <message>
        <source>sizes {sizes} would all be {system} {label}</source>
        <translation>사이즈 {sizes}이(가) 모두 {system} {label}이(가) 됩니다</translation>
    </message>
    <message>
        <source>{listing}: sizes {first} and {second} are both {label} with the same ranges: one row</source>
        <translation>{listing}: 사이즈 {first}와(과) {second}은(는) 모두 {label}이고 범위도 같아 한 행으로 합쳤습니다</translation>
    </message>
    <message>
        <source>{listing}: Amazon keeps one size chart per brand, department and product type, but this listing&apos;s size table differs from {listings} ({why}); it is written as a chart of its own ({chart}): upload the chart that fits your listings, or give them one size table</source>
        <translation>{listing}: Amazon은 브랜드, 부서, 상품 유형마다 사이즈표를 하나만 두지만 이 상품의 사이즈표는 {listings}와(과) 다릅니다({why}). 그래서 별도의 사이즈표({chart})로 썼습니다. 상품에 맞는 사이즈표를 업로드하거나 상품들의 사이즈표를 하나로 맞추세요</translation>
    </message>
    <message>
        <source>its sizes are in {system}, the chart&apos;s in {chart_system}</source>
        <translation>이 상품의 사이즈는 {system}, 사이즈표는 {chart_system}입니다</translation>
    </message>
    <message>
        <source>size {label}: {dimension} {low}–{high} cm in {listing}, {other_low}–{other_high} cm in {other}</source>
        <translation>사이즈 {label}: {dimension}이(가) {listing}에서는 {low}–{high} cm, {other}에서는 {other_low}–{other_high} cm</translation>
    </message>
    <message>
        <source>together, size {label} of {listing} ({dimension} from {low} cm) and size {other_label} of {other} (from {other_low} cm) would be out of order</source>
        <translation>합치면 {listing}의 사이즈 {label}({dimension} {low} cm부터)과 {other}의 사이즈 {other_label}({other_low} cm부터)의 순서가 뒤바뀝니다</translation>
    </message>
    <message>
        <source>their sizes overlap</source>
        <translation>사이즈 범위가 겹칩니다</translation>
    </message>
    <message>
        <source>size-chart picture of {listing} ({width} x {height} px) written to {path}</source>
        <translation>{listing}의 사이즈표 이미지({width} x {height} px)를 {path}에 썼습니다</translation>
    </message>
    <message>
        <source>{value} (listing {listing}) is Amazon&apos;s code for a size system, and which system it stands for is not published; write the system itself ({valid}) in this column, or set it for every row in the mapping (--constant size_system=US)</source>
        <translation>{value}(리스팅 {listing})은(는) 사이즈 체계를 나타내는 Amazon 코드이며, 어떤 체계인지는 공개되어 있지 않습니다. 이 열에 체계 자체({valid})를 쓰거나 매핑에서 모든 행에 지정하세요(--constant size_system=US)</translation>
    </message>
    <message>
        <source>sizes {labels} of listing {listing} ({rows}) name one size: imported as one size, {label}, keeping every SKU</source>
        <translation>리스팅 {listing}의 사이즈 {labels}({rows})는 같은 사이즈입니다. 모든 SKU와 함께 하나의 사이즈 {label}(으)로 가져왔습니다</translation>
    </message>
    <message>
        <source>sizes {labels} of listing {listing} ({rows}) name one size but give different measurements; give them the same measurements, or write each as a size of its own</source>
        <translation>리스팅 {listing}의 사이즈 {labels}({rows})는 같은 사이즈이지만 치수가 다릅니다. 같은 치수를 주거나 각각 별도의 사이즈로 쓰세요</translation>
    </message>
    <message>
        <source>%1 %2 labels</source>
        <translation>%1 %2 사이즈</translation>
    </message>
    <message>
        <source>%1 %2 label</source>
        <translation>%1 %2 사이즈</translation>
    </message>
    <message>
        <source>none of the chart&apos;s sizes ({chart}) is a size the listing sells ({listing}); to give the listing the chart&apos;s sizes instead, add the chart&apos;s sizes and remove the listing&apos;s</source>
        <translation>표의 사이즈({chart}) 중 상품이 판매하는 사이즈({listing})가 없습니다. 대신 표의 사이즈를 쓰려면 표의 사이즈를 추가하고 상품의 사이즈를 삭제하세요</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>드라이브</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>폴더</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>찾는 위치(&amp;L):</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>파일 형식(&amp;T):</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Page &amp;Set:</source>
        <translation>페이지 집합(&amp;S):</translation>
    </message>
</context>
<context>
    <name>ResultsScreen</name>
    <message>
        <source>Your sizes</source>
        <translation>내 사이즈</translation>
    </message>
    <message>
        <source>Your measurements</source>
        <translation>내 치수</translation>
    </message>
    <message>
        <source>Products on display</source>
        <translation>전시 중인 상품</translation>
    </message>
    <message>
        <source>Scan with your phone to keep your sizes</source>
        <translation>휴대폰으로 스캔해 내 사이즈를 저장하세요</translation>
    </message>
    <message>
        <source>Print my sizes</source>
        <translation>내 사이즈 인쇄</translation>
    </message>
    <message>
        <source>Done – start over</source>
        <translation>완료 – 처음부터 다시</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← 이전</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>다음 →</translation>
    </message>
    <message>
        <source>Products %1 of %2</source>
        <translation>상품 %1/%2</translation>
    </message>
</context>
<context>
    <name>ReturnsChart</name>
    <message>
        <source>Too small</source>
        <translation>너무 작음</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>너무 큼</translation>
    </message>
    <message>
        <source>Other reasons</source>
        <translation>기타 사유</translation>
    </message>
    <message>
        <source>Returned (% of orders)</source>
        <translation>반품률(주문 대비 %)</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <source>Open &amp;orders…</source>
        <translation>주문 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Catalogue…</source>
        <translation>카탈로그(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Apply this correction</source>
        <translation>이 보정 적용(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Undo correction</source>
        <translation>보정 취소(&amp;U)</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>보고서 내보내기(&amp;R)…</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>리스팅</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>주문</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>플래그</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>사이즈</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>확률</translation>
    </message>
    <message>
        <source>Offset (cm)</source>
        <translation>차이(cm)</translation>
    </message>
    <message>
        <source>Too small</source>
        <translation>너무 작음</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>너무 큼</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>반품</translation>
    </message>
    <message>
        <source>Catalogue to check</source>
        <translation>확인할 카탈로그</translation>
    </message>
    <message>
        <source>Catalogues %1;;All files (*)</source>
        <translation>카탈로그 %1;;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Open an orders file</source>
        <translation>주문 파일 열기</translation>
    </message>
    <message>
        <source>Orders %1;;All files (*)</source>
        <translation>주문 %1;;모든 파일 (*)</translation>
    </message>
    <message>
        <source>The orders could not be imported; nothing was changed.</source>
        <translation>주문을 가져올 수 없습니다. 아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Analysed %Ln order line(s); rows left out for problems: %1.</source>
        <translation>
            <numerusform>주문 내역 %Ln줄을 분석했습니다. 문제가 있어 제외한 행: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Analysed %Ln order line(s).</source>
        <translation>
            <numerusform>주문 내역 %Ln줄을 분석했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) in the orders; nothing was imported. Analyse the other rows and leave the rows with problems out?</source>
        <translation>
            <numerusform>주문에 문제가 %Ln건 있어 아무것도 가져오지 않았습니다. 문제가 있는 행을 제외하고 나머지 행을 분석할까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>Order lines: %1 · units: %2 · returned: %3 (too small: %4, too large: %5, other: %6). Sizes running small: %7, running large: %8, true to size: %9, not enough data yet: %10.</source>
        <translation>주문 내역: %1 · 수량: %2 · 반품: %3(너무 작음: %4, 너무 큼: %5, 기타: %6). 작게 나오는 사이즈: %7, 크게 나오는 사이즈: %8, 정사이즈: %9, 데이터 부족: %10.</translation>
    </message>
    <message numerus="yes">
        <source>Bought in the size Sizer recommended: %Ln unit(s), %1% kept.</source>
        <translation>
            <numerusform>Sizer가 추천한 사이즈로 구매: %Ln개, %1% 유지.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sizer&apos;s advice was followed on %Ln unit(s); %1% of them were kept.</source>
        <translation>
            <numerusform>Sizer의 추천을 따른 %Ln개 중 %1%가 반품되지 않았습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of %Ln order(s), %1 came back too small (%2%), %3 too large (%4%) and %5 for other reasons.</source>
        <translation>
            <numerusform>주문 %Ln건 중 %1건은 너무 작아서(%2%), %3건은 너무 커서(%4%), %5건은 기타 사유로 반품되었습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more were bought together with another size (bracketing) and are counted apart.</source>
        <translation>
            <numerusform>%Ln건은 다른 사이즈와 함께 구매(사이즈 비교 구매)되어 따로 셉니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not enough data yet for size %1: about %Ln more order(s) would settle it.</source>
        <translation>
            <numerusform>사이즈 %1은(는) 아직 데이터가 부족합니다. 주문이 약 %Ln건 더 있으면 판단할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) written to %1; Undo puts the catalogue back.</source>
        <translation>
            <numerusform>변경 %Ln건을 %1에 기록했습니다. ‘보정 취소’로 카탈로그를 되돌릴 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shopify returns (optional)</source>
        <translation>Shopify 반품(선택 사항)</translation>
    </message>
    <message>
        <source>Amazon FBA customer returns report (optional)</source>
        <translation>Amazon FBA 고객 반품 보고서(선택 사항)</translation>
    </message>
    <message>
        <source>Returns %1;;All files (*)</source>
        <translation>반품 %1;;모든 파일 (*)</translation>
    </message>
    <message>
        <source>the bundled sample catalogue</source>
        <translation>기본 제공 샘플 카탈로그</translation>
    </message>
    <message>
        <source>Open an orders file (Sizer&apos;s columns, a Shopify or Amazon export, or any CSV/XLSX with a column mapping) to find the sizes whose returns say the chart is wrong.</source>
        <translation>주문 파일(Sizer 열 구성, Shopify 또는 Amazon 내보내기, 또는 열 매핑한 아무 CSV/XLSX)을 열면 반품으로 보아 사이즈표가 틀린 사이즈를 찾습니다.</translation>
    </message>
    <message>
        <source>Catalogue: %1</source>
        <translation>카탈로그: %1</translation>
    </message>
    <message>
        <source>Other sizes: %1% kept.</source>
        <translation>다른 사이즈: %1% 유지.</translation>
    </message>
    <message>
        <source>Catalogue: %1 · Orders: %2</source>
        <translation>카탈로그: %1 · 주문: %2</translation>
    </message>
    <message>
        <source>whole listing runs small</source>
        <translation>리스팅 전체가 작게 나옴</translation>
    </message>
    <message>
        <source>whole listing runs large</source>
        <translation>리스팅 전체가 크게 나옴</translation>
    </message>
    <message>
        <source>sizes flagged: %1</source>
        <translation>플래그된 사이즈: %1</translation>
    </message>
    <message>
        <source>runs small</source>
        <translation>작게 나옴</translation>
    </message>
    <message>
        <source>runs large</source>
        <translation>크게 나옴</translation>
    </message>
    <message>
        <source>true to size</source>
        <translation>정사이즈</translation>
    </message>
    <message>
        <source>not enough data</source>
        <translation>데이터 부족</translation>
    </message>
    <message>
        <source>The whole listing runs small: every size fits bodies about %1 cm smaller than its chart says.</source>
        <translation>리스팅 전체가 작게 나옵니다. 모든 사이즈가 사이즈표보다 약 %1 cm 작은 몸에 맞습니다.</translation>
    </message>
    <message>
        <source>The whole listing runs large: every size fits bodies about %1 cm larger than its chart says.</source>
        <translation>리스팅 전체가 크게 나옵니다. 모든 사이즈가 사이즈표보다 약 %1 cm 큰 몸에 맞습니다.</translation>
    </message>
    <message>
        <source>Proposed body ranges (cm):</source>
        <translation>제안하는 신체 치수 범위(cm):</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>치수</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>현재</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>제안</translation>
    </message>
    <message>
        <source>Size %1 runs small (probability %2%): it fits bodies about %3 cm smaller than its chart says. The correction moves its ranges down by that.</source>
        <translation>사이즈 %1은(는) 작게 나옵니다(확률 %2%). 사이즈표보다 약 %3 cm 작은 몸에 맞습니다. 보정하면 범위를 그만큼 내립니다.</translation>
    </message>
    <message>
        <source>Size %1 runs large (probability %2%): it fits bodies about %3 cm larger than its chart says. The correction moves its ranges up by that.</source>
        <translation>사이즈 %1은(는) 크게 나옵니다(확률 %2%). 사이즈표보다 약 %3 cm 큰 몸에 맞습니다. 보정하면 범위를 그만큼 올립니다.</translation>
    </message>
    <message>
        <source>Size %1 is true to size (probability %2%).</source>
        <translation>사이즈 %1은(는) 정사이즈입니다(확률 %2%).</translation>
    </message>
    <message>
        <source>The catalogue has changes that are not saved: save or discard them on the Catalogue page first.</source>
        <translation>카탈로그에 저장하지 않은 변경 사항이 있습니다. 먼저 ‘카탈로그’ 페이지에서 저장하거나 버리세요.</translation>
    </message>
    <message>
        <source>The correction of %1 was undone.</source>
        <translation>%1의 보정을 취소했습니다.</translation>
    </message>
    <message>
        <source>Save the corrected catalogue</source>
        <translation>보정한 카탈로그 저장</translation>
    </message>
    <message>
        <source>Catalogues (*.csv *.xlsx)</source>
        <translation>카탈로그 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Export the returns report</source>
        <translation>반품 보고서 내보내기</translation>
    </message>
    <message>
        <source>Report (*.html);;PDF (*.pdf);;CSV (*.csv);;Excel (*.xlsx)</source>
        <translation>보고서 (*.html);;PDF (*.pdf);;CSV (*.csv);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose a report name ending in .html, .pdf, .csv or .xlsx.</source>
        <translation>.html, .pdf, .csv 또는 .xlsx로 끝나는 보고서 이름을 고르세요.</translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation>보고서를 기록할 수 없습니다.</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>보고서를 %1에 기록했습니다.</translation>
    </message>
    <message>
        <source>Orders with problems</source>
        <translation>문제가 있는 주문</translation>
    </message>
</context>
<context>
    <name>SegmentChoice</name>
    <message>
        <source>Women</source>
        <translation>여성</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>남성</translation>
    </message>
    <message>
        <source>Kids</source>
        <translation>키즈</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Centimetres (cm)</source>
        <translation>센티미터(cm)</translation>
    </message>
    <message>
        <source>Inches, decimal (in)</source>
        <translation>인치, 소수(in)</translation>
    </message>
    <message>
        <source>Inches, fractions (⅛ in)</source>
        <translation>인치, 분수(⅛ in)</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <source>Start in &amp;kiosk mode next time</source>
        <translation>다음번에 키오스크 모드로 시작(&amp;K)</translation>
    </message>
    <message>
        <source>Sizer then opens full screen for shoppers. Only the admin PIN leaves kiosk mode (tap the top-left corner five times, or press Ctrl+Alt+Shift+K).</source>
        <translation>그러면 Sizer가 쇼핑객용 전체 화면으로 열립니다. 키오스크 모드는 관리자 PIN으로만 종료할 수 있습니다(왼쪽 위 모서리를 다섯 번 누르거나 Ctrl+Alt+Shift+K를 누르세요).</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>변경 없음</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>설정 안 됨</translation>
    </message>
    <message>
        <source>%1 to %2 digits. A PIN this short is not strong by itself: the kiosk makes each wrong try wait longer and locks the keypad for 30 minutes after %3 in a row. Kiosk mode does not start until a PIN is set.</source>
        <translation>%1~%2자리. 이 길이의 PIN만으로는 안전하지 않습니다. 키오스크는 틀릴 때마다 대기 시간을 늘리고, 연속 %3회 틀리면 키패드를 30분 동안 잠급니다. PIN을 설정해야 키오스크 모드가 시작됩니다.</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>단위(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>Size &amp;systems shown by default:</source>
        <translation>기본으로 표시할 사이즈 체계(&amp;S):</translation>
    </message>
    <message>
        <source>Kiosk admin &amp;PIN:</source>
        <translation>키오스크 관리자 PIN(&amp;P):</translation>
    </message>
    <message>
        <source>The PIN &amp;again:</source>
        <translation>PIN 다시 입력(&amp;A):</translation>
    </message>
    <message>
        <source>Settings are stored in %1</source>
        <translation>설정 저장 위치: %1</translation>
    </message>
    <message>
        <source>The kiosk PIN must be %1 to %2 digits.</source>
        <translation>키오스크 PIN은 %1~%2자리여야 합니다.</translation>
    </message>
    <message>
        <source>The two kiosk PINs differ.</source>
        <translation>두 키오스크 PIN이 다릅니다.</translation>
    </message>
    <message>
        <source>Set a kiosk admin PIN first: kiosk mode does not start without one.</source>
        <translation>먼저 키오스크 관리자 PIN을 설정하세요. PIN이 없으면 키오스크 모드가 시작되지 않습니다.</translation>
    </message>
    <message>
        <source>Default &amp;camera:</source>
        <translation>기본 카메라(&amp;C):</translation>
    </message>
</context>
<context>
    <name>SizeGuideDialog</name>
    <message>
        <source>Web page snippet (desktop, with pictures)</source>
        <translation>웹 페이지 조각(데스크톱용, 그림 포함)</translation>
    </message>
    <message>
        <source>Web page snippet for phones</source>
        <translation>휴대폰용 웹 페이지 조각</translation>
    </message>
    <message>
        <source>Whole web page for phones</source>
        <translation>휴대폰용 웹 페이지 전체</translation>
    </message>
    <message>
        <source>Plain HTML for marketplaces that strip styles (Amazon)</source>
        <translation>스타일을 제거하는 마켓플레이스용 일반 HTML(Amazon)</translation>
    </message>
    <message>
        <source>PDF to print</source>
        <translation>인쇄용 PDF</translation>
    </message>
    <message>
        <source>Picture with the measuring guides (PNG)</source>
        <translation>측정 가이드가 있는 이미지(PNG)</translation>
    </message>
    <message>
        <source>Listing gallery picture (JPEG)</source>
        <translation>리스팅 갤러리 이미지(JPEG)</translation>
    </message>
    <message>
        <source>Listing gallery picture (PNG)</source>
        <translation>리스팅 갤러리 이미지(PNG)</translation>
    </message>
    <message>
        <source>Size guide of %1</source>
        <translation>%1의 사이즈 가이드</translation>
    </message>
    <message>
        <source>Centimetres</source>
        <translation>센티미터</translation>
    </message>
    <message>
        <source>Inches</source>
        <translation>인치</translation>
    </message>
    <message>
        <source>Both, side by side</source>
        <translation>둘 다 나란히</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>레터</translation>
    </message>
    <message>
        <source>Also show the labels of:</source>
        <translation>다음 표기도 표시:</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>단위(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>형식(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Paper (PDF):</source>
        <translation>용지(PDF)(&amp;P):</translation>
    </message>
    <message>
        <source>Picture &amp;size:</source>
        <translation>이미지 크기(&amp;S):</translation>
    </message>
    <message>
        <source>The body measurement that decides the size comes first. Letter is proposed for listings sized in US sizes, A4 for the others.</source>
        <translation>사이즈를 정하는 신체 치수가 먼저 나옵니다. US 사이즈 리스팅에는 레터, 나머지에는 A4를 제안합니다.</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>저장(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>SizesModel</name>
    <message>
        <source>Size</source>
        <translation>사이즈</translation>
    </message>
    <message>
        <source>From</source>
        <translation>기준</translation>
    </message>
    <message>
        <source>%1 min (%2)</source>
        <translation>%1 최소 (%2)</translation>
    </message>
    <message>
        <source>%1 max (%2)</source>
        <translation>%1 최대 (%2)</translation>
    </message>
    <message>
        <source>body ranges</source>
        <translation>신체 치수 범위</translation>
    </message>
    <message>
        <source>garment + ease</source>
        <translation>제품 치수 + 여유분</translation>
    </message>
    <message>
        <source>standard chart</source>
        <translation>표준 사이즈표</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Sizer user guide</source>
        <translation>Sizer 사용자 가이드</translation>
    </message>
    <message>
        <source>Size charts (Ctrl+1)</source>
        <translation>사이즈표(Ctrl+1)</translation>
    </message>
    <message>
        <source>Pick a category and tick the size systems to show under Systems.</source>
        <translation>카테고리를 고르고 ‘사이즈 체계’에서 표시할 사이즈 체계를 선택하세요.</translation>
    </message>
    <message>
        <source>Click a size, or type one under Find a size: its equivalents light up in every system, with the body measurements it stands for.</source>
        <translation>사이즈를 클릭하거나 ‘사이즈 찾기’에 입력하면 모든 사이즈 체계에서 해당하는 사이즈가 강조되고, 그 사이즈가 나타내는 신체 치수도 함께 표시됩니다.</translation>
    </message>
    <message>
        <source>Copy table (Ctrl+C) pastes into a spreadsheet; Export CSV writes the table with minimum and maximum as numbers.</source>
        <translation>‘표 복사’(Ctrl+C)는 스프레드시트에 붙여 넣을 수 있고, ‘CSV 내보내기’는 최솟값과 최댓값을 숫자로 하여 표를 기록합니다.</translation>
    </message>
    <message>
        <source>Measuring guides (Ctrl+2)</source>
        <translation>측정 가이드(Ctrl+2)</translation>
    </message>
    <message>
        <source>Illustrated steps for every body measurement; print them or save them as PDF. Every “?” beside a measurement opens its guide.</source>
        <translation>모든 신체 치수에 그림이 있는 단계가 있으며, 인쇄하거나 PDF로 저장할 수 있습니다. 치수 옆의 “?”를 누르면 해당 가이드가 열립니다.</translation>
    </message>
    <message>
        <source>Measure (Ctrl+3)</source>
        <translation>측정(Ctrl+3)</translation>
    </message>
    <message>
        <source>Type your height as you know it: 182 cm, 5 ft 11, 5&apos;11&quot; or 71 in. The line under it says what was understood.</source>
        <translation>키는 아는 대로 입력하세요: 182 cm, 5 ft 11, 5&apos;11&quot; 또는 71 in. 아래 줄에 인식한 값이 표시됩니다.</translation>
    </message>
    <message>
        <source>Start the camera and follow the instructions under the picture, or measure from a video or from two photos (one facing the camera, one from the side).</source>
        <translation>카메라를 시작하고 화면 아래 안내를 따르거나, 동영상 또는 사진 두 장(정면과 옆모습)으로 측정하세요.</translation>
    </message>
    <message>
        <source>Each result shows its uncertainty (±). You can correct a value by hand; it is then marked “by hand”. Scrolling over a field never changes it: click it first.</source>
        <translation>각 결과에는 오차(±)가 표시됩니다. 값은 직접 고칠 수 있으며, 그러면 “직접 입력”으로 표시됩니다. 입력란 위에서 스크롤해도 값은 바뀌지 않습니다. 먼저 클릭하세요.</translation>
    </message>
    <message>
        <source>Save the profile to use it again, here or with the sizer recommend command.</source>
        <translation>프로필을 저장하면 여기서나 sizer recommend 명령으로 다시 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>Catalogue (Ctrl+4)</source>
        <translation>카탈로그(Ctrl+4)</translation>
    </message>
    <message>
        <source>File &gt; Open catalogue reads a CSV or Excel file. Problems are listed by row and column; you may import the valid rows and fix the rest in your file.</source>
        <translation>‘파일 &gt; 카탈로그 열기’로 CSV 또는 Excel 파일을 읽습니다. 문제는 행과 열별로 나열되며, 유효한 행만 가져오고 나머지는 파일에서 고칠 수 있습니다.</translation>
    </message>
    <message>
        <source>Every listing shows the recommended size for the current profile. Titles and size systems can be edited; File &gt; Save writes the catalogue, Save as writes a copy.</source>
        <translation>모든 리스팅에 현재 프로필의 추천 사이즈가 표시됩니다. 제목과 사이즈 체계는 편집할 수 있습니다. ‘파일 &gt; 저장’은 카탈로그를 기록하고, ‘다른 이름으로 저장’은 사본을 기록합니다.</translation>
    </message>
    <message>
        <source>File &gt; Export writes the recommendations (CSV, Excel, JSON) or the selected listing&apos;s size guide (HTML, PDF, PNG).</source>
        <translation>‘파일 &gt; 내보내기’는 추천(CSV, Excel, JSON) 또는 선택한 리스팅의 사이즈 가이드(HTML, PDF, PNG)를 기록합니다.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>File &gt; Settings chooses the units, the default size systems, the language and the camera. Errors are shown once, with the path of the log file that has the details (Help &gt; Open the log folder).</source>
        <translation>‘파일 &gt; 설정’에서 단위, 기본 사이즈 체계, 언어, 카메라를 고릅니다. 오류는 한 번만 표시되며, 자세한 내용이 담긴 로그 파일의 경로도 함께 나옵니다(도움말 &gt; 로그 폴더 열기).</translation>
    </message>
    <message>
        <source>Size charts that convert between countries, measuring guides, body measurements from a camera, and the right size of every listing.</source>
        <translation>국가별 사이즈를 환산하는 사이즈표, 측정 가이드, 카메라로 재는 신체 치수, 그리고 모든 리스팅에 맞는 사이즈.</translation>
    </message>
</context>
</TS>
