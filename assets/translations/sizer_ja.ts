<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AdminScreen</name>
    <message>
        <source>Kiosk settings</source>
        <translation>キオスク設定</translation>
    </message>
    <message>
        <source>Catalogue file (empty: sample)</source>
        <translation>商品カタログファイル（空欄：サンプル）</translation>
    </message>
    <message>
        <source>Products on display (none ticked: all)</source>
        <translation>展示中の商品（チェックなし：すべて）</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Start over after idle (s)</source>
        <translation>操作がないときに最初に戻るまで（秒）</translation>
    </message>
    <message>
        <source>QR link template (empty: plain text)</source>
        <translation>QR リンクのテンプレート（空欄：テキストのみ）</translation>
    </message>
    <message>
        <source>Camera (number, or a video for a demo)</source>
        <translation>カメラ（番号、またはデモ用の動画）</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>プリンター</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>読み込む</translation>
    </message>
    <message>
        <source>Save and return</source>
        <translation>保存して戻る</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>PIN を変更</translation>
    </message>
    <message>
        <source>Exit kiosk mode</source>
        <translation>キオスクモードを終了</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Default printer</source>
        <translation>既定のプリンター</translation>
    </message>
    <message>
        <source>QR link template: %1</source>
        <translation>QR リンクのテンプレート：%1</translation>
    </message>
    <message>
        <source>Choose at least one language.</source>
        <translation>言語を 1 つ以上選んでください。</translation>
    </message>
    <message>
        <source>The catalogue could not be loaded.</source>
        <translation>商品カタログを読み込めませんでした。</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Find your size</source>
        <translation>あなたのサイズを見つけよう</translation>
    </message>
    <message>
        <source>Your size in every product on display, in under a minute</source>
        <translation>展示中のすべての商品のあなたのサイズが、1 分以内にわかります</translation>
    </message>
    <message>
        <source>1. Tell us your height</source>
        <translation>1. 身長を入力</translation>
    </message>
    <message>
        <source>2. Stand in front of the camera</source>
        <translation>2. カメラの前に立つ</translation>
    </message>
    <message>
        <source>3. Scan your sizes with your phone</source>
        <translation>3. スマートフォンでサイズを読み取る</translation>
    </message>
    <message>
        <source>Touch the screen to start</source>
        <translation>画面にタッチしてスタート</translation>
    </message>
    <message>
        <source>No pictures are stored.</source>
        <translation>画像は一切保存されません。</translation>
    </message>
</context>
<context>
    <name>BrandChartDialog</name>
    <message>
        <source>Brand size chart for %1</source>
        <translation>%1 のブランドサイズ表</translation>
    </message>
    <message>
        <source>Centimetres</source>
        <translation>センチメートル</translation>
    </message>
    <message>
        <source>Inches</source>
        <translation>インチ</translation>
    </message>
    <message>
        <source>Body measurements</source>
        <translation>ヌード寸法（身体寸法）</translation>
    </message>
    <message>
        <source>Garment measurements</source>
        <translation>製品寸法</translation>
    </message>
    <message>
        <source>The numbers are in:</source>
        <translation>数値の単位：</translation>
    </message>
    <message>
        <source>They measure:</source>
        <translation>測っているもの：</translation>
    </message>
    <message>
        <source>Sizes of the listing:</source>
        <translation>出品のサイズ：</translation>
    </message>
    <message>
        <source>Chart file id:</source>
        <translation>サイズ表ファイルの ID：</translation>
    </message>
    <message>
        <source>Chart title:</source>
        <translation>サイズ表のタイトル：</translation>
    </message>
    <message>
        <source>Published at (URL):</source>
        <translation>掲載先（URL）：</translation>
    </message>
    <message>
        <source>Save as a chart &amp;file…</source>
        <translation>サイズ表ファイルとして保存(&amp;F)…</translation>
    </message>
    <message>
        <source>Single values were graded to ranges halfway to the next size: %1</source>
        <translation>単一の値は、次のサイズとの中間までの範囲に展開しました：%1</translation>
    </message>
    <message>
        <source>“%1” is neither a size system nor a body measurement: left out</source>
        <translation>「%1」はサイズ体系でも身体寸法でもありません：取り込みません</translation>
    </message>
    <message>
        <source>“%1” gives %2 a second time: the first column is used</source>
        <translation>「%1」は%2を重複して指定しています：最初の列を使います</translation>
    </message>
    <message>
        <source>%1 (“%2”) is not a measurement: left empty</source>
        <translation>%1（「%2」）は寸法ではありません：空欄にします</translation>
    </message>
    <message>
        <source>sizes as rows</source>
        <translation>サイズが行</translation>
    </message>
    <message>
        <source>sizes as columns</source>
        <translation>サイズが列</translation>
    </message>
    <message>
        <source>The brand&apos;s own %1 labels are kept beside each size: guides and exports show them.</source>
        <translation>ブランド独自の%1表記は各サイズに保持されます。サイズガイドとエクスポートにはそれが表示されます。</translation>
    </message>
    <message>
        <source>The chart&apos;s label columns that name no size system are not kept (%1).</source>
        <translation>サイズ体系を示さない表の表記列は保持されません（%1）。</translation>
    </message>
    <message>
        <source>centimetres</source>
        <translation>センチメートル</translation>
    </message>
    <message>
        <source>inches</source>
        <translation>インチ</translation>
    </message>
    <message>
        <source>garment measurements</source>
        <translation>製品寸法</translation>
    </message>
    <message>
        <source>body measurements</source>
        <translation>身体寸法</translation>
    </message>
    <message>
        <source>%1: %2, in %3, %4. Check the preview: this is what will be saved.</source>
        <translation>%1：%2、単位%3、%4。プレビューを確認してください：この内容で保存されます。</translation>
    </message>
    <message>
        <source>The brand&apos;s own labels</source>
        <translation>ブランド独自の表記</translation>
    </message>
    <message>
        <source>Garment</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>身体</translation>
    </message>
    <message>
        <source>No: whole girths</source>
        <translation>いいえ：全周</translation>
    </message>
    <message>
        <source>Yes: half girths, doubled</source>
        <translation>はい：半周、二倍にする</translation>
    </message>
    <message>
        <source>Measured laid flat (half girths):</source>
        <translation>平置き測定（半周）：</translation>
    </message>
    <message>
        <source>Measured laid flat: %1 are half girths, doubled to whole girths (%2 → %3)</source>
        <translation>平置き測定：%1 は半周のため、二倍して全周にしました（%2 → %3）</translation>
    </message>
    <message>
        <source>“%1” is read as the bust girth: a women&apos;s chart</source>
        <translation>「%1」をバスト囲として読みました：レディースの表です</translation>
    </message>
    <message>
        <source>As chosen.</source>
        <translation>選択どおり。</translation>
    </message>
    <message>
        <source>The sheet says %1 in “%2”.</source>
        <translation>表の「%2」に単位%1と書かれています。</translation>
    </message>
    <message>
        <source>The sheet says centimetres in “%1” and inches in “%2”; by the values: %3.</source>
        <translation>表の「%1」にはセンチ、「%2」にはインチと書かれています。数値から判断：%3。</translation>
    </message>
    <message>
        <source>Nothing says the unit; the values are plausible bodies in %1.</source>
        <translation>単位の記載はありません。数値は%1なら身体の寸法として妥当です。</translation>
    </message>
    <message>
        <source>“%1” is a short sleeve (%2–%3 cm from the shoulder) that fits no arm length: left out</source>
        <translation>「%1」は半袖（肩の縫い目から %2～%3 cm）で、どの腕の長さにも当たりません：除外しました</translation>
    </message>
    <message>
        <source>“%1” is read as the sleeve length from the shoulder seam (arm length)</source>
        <translation>「%1」は肩の縫い目からの袖丈（腕の長さ）として読みました</translation>
    </message>
    <message>
        <source>adults measure %1 to %2 cm</source>
        <translation>大人は %1～%2 cm</translation>
    </message>
    <message>
        <source>children measure %1 to %2 cm</source>
        <translation>子どもは %1～%2 cm</translation>
    </message>
    <message>
        <source>bodies measure %1 to %2 cm</source>
        <translation>身体の寸法は %1～%2 cm</translation>
    </message>
    <message>
        <source>the numbers look like inches: choose Inches above</source>
        <translation>数値はインチのようです：上で「インチ」を選んでください</translation>
    </message>
    <message>
        <source>the numbers look like centimetres: choose Centimetres above</source>
        <translation>数値はセンチメートルのようです：上で「センチメートル」を選んでください</translation>
    </message>
    <message>
        <source>they look like half girths of a garment laid flat: choose to double them above</source>
        <translation>平置きで測った半周のようです：上で二倍にする方を選んでください</translation>
    </message>
    <message>
        <source>they look like whole girths: choose whole girths above</source>
        <translation>全周のようです：上で「全周」を選んでください</translation>
    </message>
    <message>
        <source>check the column&apos;s meaning and the numbers in the sheet</source>
        <translation>シートのこの列の意味と数値を確認してください</translation>
    </message>
    <message>
        <source>%1: %2 %3 cannot be saved (%4); %5</source>
        <translation>%1：%2 %3 は保存できません（%4）；%5</translation>
    </message>
    <message>
        <source>%1 (the chart&apos;s %2)</source>
        <translation>%1（表では%2）</translation>
    </message>
    <message>
        <source>The chart&apos;s measurements go to the sizes the listing sells: %1</source>
        <translation>表の寸法は商品が販売しているサイズに入ります：%1</translation>
    </message>
    <message>
        <source>None of the chart&apos;s sizes is a size the listing sells.</source>
        <translation>表のサイズに、商品が販売しているサイズはありません。</translation>
    </message>
    <message>
        <source>the brand&apos;s own</source>
        <translation>ブランド独自</translation>
    </message>
    <message>
        <source>Also add the chart&apos;s sizes the listing does not sell: %1</source>
        <translation>商品が販売していない表のサイズも追加：%1</translation>
    </message>
    <message>
        <source>Remove the listing&apos;s sizes the chart does not give: %1</source>
        <translation>表にない商品のサイズを削除：%1</translation>
    </message>
    <message>
        <source>&amp;Apply the chart to %1</source>
        <translation>表を %1 に適用(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Cameras</name>
    <message>
        <source>Camera %1</source>
        <translation>カメラ %1</translation>
    </message>
</context>
<context>
    <name>CaptureScreen</name>
    <message>
        <source>Start over</source>
        <translation>最初からやり直す</translation>
    </message>
    <message>
        <source>The camera is still not working. Please ask a member of staff for help.</source>
        <translation>カメラがまだ動きません。スタッフにお声がけください。</translation>
    </message>
    <message>
        <source>The camera is not responding. Reconnecting… please wait.</source>
        <translation>カメラが応答しません。再接続しています…しばらくお待ちください。</translation>
    </message>
    <message>
        <source>Turn to your side, arms a little away from your body. Get ready…</source>
        <translation>横を向き、腕を体から少し離してください。準備して…</translation>
    </message>
    <message>
        <source>Stand 2–3 m away, facing the camera, arms a little away from your body. Get ready…</source>
        <translation>カメラから 2～3 m 離れ、カメラの方を向いて、腕を体から少し離してください。準備して…</translation>
    </message>
    <message>
        <source>Please ask a member of staff.</source>
        <translation>スタッフにお声がけください。</translation>
    </message>
    <message>
        <source>Please stay where you are.</source>
        <translation>その場でお待ちください。</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>カメラを起動しています…</translation>
    </message>
</context>
<context>
    <name>CatalogueMappingDialog</name>
    <message>
        <source>Which column is which?</source>
        <translation>どの列が何を表していますか？</translation>
    </message>
    <message>
        <source>%1 is not in Sizer&apos;s own columns. Check what each column holds; Sizer proposed it from the names and the values. Rows of one product become one listing, and its variants its sizes.</source>
        <translation>%1 は Sizer 独自の列構成ではありません。各列の内容を確認してください。Sizer が列名と値から推定しています。1 つの商品の行は 1 つの出品に、そのバリエーションはサイズになります。</translation>
    </message>
    <message>
        <source>This is the mapping you confirmed for files with these columns.</source>
        <translation>この列構成のファイルについて、以前に確認したマッピングです。</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>ファイルの列</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>例</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>(from the file)</source>
        <translation>（ファイルから）</translation>
    </message>
    <message>
        <source>Category of rows that give none:</source>
        <translation>カテゴリがない行のカテゴリ：</translation>
    </message>
    <message>
        <source>(from the file, else each product&apos;s labels)</source>
        <translation>（ファイルから。なければ商品ごとのサイズ表記から）</translation>
    </message>
    <message>
        <source>Size system of the labels:</source>
        <translation>表記のサイズ体系：</translation>
    </message>
    <message>
        <source>Category in the file</source>
        <translation>ファイル内のカテゴリ</translation>
    </message>
    <message>
        <source>Sizer category</source>
        <translation>Sizer のカテゴリ</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（選択）</translation>
    </message>
    <message>
        <source>&amp;Remember for files with these columns</source>
        <translation>この列構成のファイルでは記憶する(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>取り込む(&amp;I)</translation>
    </message>
    <message>
        <source>Choose the Sizer category of: %1</source>
        <translation>次の Sizer カテゴリを選んでください：%1</translation>
    </message>
    <message>
        <source>These are the choices the file was read with: change what is wrong, and Import reads it again.</source>
        <translation>ファイルを読み込んだときの設定です。誤りを直して「取り込む」を押すと、もう一度読み込みます。</translation>
    </message>
    <message>
        <source>Not sized: leave out</source>
        <translation>サイズなし：除外</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Brand chart…</source>
        <translation>ブランドサイズ表(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Export recommendations…</source>
        <translation>おすすめを書き出す(&amp;E)…</translation>
    </message>
    <message>
        <source>Size &amp;guide…</source>
        <translation>サイズガイド(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Marketplace files…</source>
        <translation>マーケットプレイス用ファイル(&amp;M)…</translation>
    </message>
    <message>
        <source>ID or title</source>
        <translation>ID またはタイトル</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>絞り込み(&amp;F)：</translation>
    </message>
    <message>
        <source>Only listings with a &amp;fitting size</source>
        <translation>合うサイズがある出品のみ(&amp;F)</translation>
    </message>
    <message>
        <source>Whom the recommendations are for: their listings first, unisex ones next, the others hidden</source>
        <translation>おすすめの対象：その人向けの出品を先に、次にユニセックスを表示し、それ以外は隠します</translation>
    </message>
    <message>
        <source>For anyone</source>
        <translation>すべての人向け</translation>
    </message>
    <message>
        <source>For women</source>
        <translation>女性向け</translation>
    </message>
    <message>
        <source>For men</source>
        <translation>男性向け</translation>
    </message>
    <message>
        <source>For kids</source>
        <translation>キッズ向け</translation>
    </message>
    <message>
        <source>For girls</source>
        <translation>女の子向け</translation>
    </message>
    <message>
        <source>For boys</source>
        <translation>男の子向け</translation>
    </message>
    <message>
        <source>For a baby</source>
        <translation>ベビー向け</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>商品カタログ</translation>
    </message>
    <message>
        <source>Open a catalogue</source>
        <translation>商品カタログを開く</translation>
    </message>
    <message>
        <source>Catalogues (*.csv *.xlsx *.txt *.tsv);;All files (*)</source>
        <translation>商品カタログ (*.csv *.xlsx *.txt *.tsv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 を開いています…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln row(s); rows left out for problems: %1.</source>
        <translation>
            <numerusform>%Ln 行を取り込みました。問題があり除外した行：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2、%3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln listing(s)</source>
        <translation>
            <numerusform>出品 %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln size(s)</source>
        <translation>
            <numerusform>サイズ %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 now has the %Ln size(s) of the brand chart; Save to keep them.</source>
        <translation>
            <numerusform>%1 にブランドサイズ表の %Ln サイズを設定しました。残すには保存してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recommending for a profile of %Ln measurement(s)</source>
        <translation>
            <numerusform>%Ln 項目の寸法のプロフィールでおすすめを表示中</numerusform>
        </translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>すべてのカテゴリ</translation>
    </message>
    <message>
        <source>bundled sample catalogue</source>
        <translation>付属のサンプルカタログ</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>未保存の変更あり</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>変更なし：%1</translation>
    </message>
    <message>
        <source>Save the catalogue</source>
        <translation>商品カタログを保存</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <source>The catalogue was not saved: %1</source>
        <translation>商品カタログは保存されませんでした：%1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>The catalogue</source>
        <translation>商品カタログ</translation>
    </message>
    <message>
        <source>Select the listing whose sizes the brand chart gives.</source>
        <translation>ブランドサイズ表のサイズを適用する出品を選んでください。</translation>
    </message>
    <message>
        <source>Open a brand&apos;s size chart</source>
        <translation>ブランドのサイズ表を開く</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt *.tsv);;All files (*)</source>
        <translation>スプレッドシート (*.csv *.xlsx *.txt *.tsv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Save the chart file</source>
        <translation>サイズ表ファイルを保存</translation>
    </message>
    <message>
        <source>Size chart (*.toml)</source>
        <translation>サイズ表 (*.toml)</translation>
    </message>
    <message>
        <source>No body profile yet: measure or type one on the Measure page.</source>
        <translation>体型プロフィールがまだありません：「採寸」ページで測るか入力してください。</translation>
    </message>
    <message>
        <source>How to measure:</source>
        <translation>測り方：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recommended size: %1&lt;/b&gt; (%2, confidence %3 %)</source>
        <translation>&lt;b&gt;おすすめサイズ：%1&lt;/b&gt;（%2、確度 %3 %）</translation>
    </message>
    <message>
        <source>Runner-up: %1</source>
        <translation>次点：%1</translation>
    </message>
    <message>
        <source>Closest size: %1</source>
        <translation>最も近いサイズ：%1</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>未測定</translation>
    </message>
    <message>
        <source>No size: your %1 is %2 cm over the largest size.</source>
        <translation>サイズなし：あなたの%1は最大サイズより %2 cm 大きいです。</translation>
    </message>
    <message>
        <source>No size: your %1 is %2 cm under the smallest size.</source>
        <translation>サイズなし：あなたの%1は最小サイズより %2 cm 小さいです。</translation>
    </message>
    <message>
        <source>The best of the sizes; it will be off at: %1</source>
        <translation>最も近いサイズ。ずれる箇所：%1</translation>
    </message>
    <message>
        <source>Length chosen by your %1</source>
        <translation>丈はあなたの%1で選びました</translation>
    </message>
    <message>
        <source>To recommend a size, add: %1</source>
        <translation>サイズをおすすめするには、次を追加してください：%1</translation>
    </message>
    <message>
        <source>More certain with: %1</source>
        <translation>次があるとより確実です：%1</translation>
    </message>
    <message>
        <source>There is nothing to export yet: a body profile is needed (measure or type one on the Measure page).</source>
        <translation>書き出すものがまだありません：体型プロフィールが必要です（「採寸」ページで測るか入力してください）。</translation>
    </message>
    <message>
        <source>Export the recommendations</source>
        <translation>おすすめを書き出す</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx);;JSON (*.json)</source>
        <translation>CSV (*.csv);;Excel ブック (*.xlsx);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Folder for the pictures</source>
        <translation>画像の保存先フォルダー</translation>
    </message>
    <message>
        <source>Save the marketplace file</source>
        <translation>マーケットプレイス用ファイルを保存</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Select a listing first: a size guide is made for one listing (click it in the list above).</source>
        <translation>先に出品を選んでください：サイズガイドは出品ごとに作ります（上の一覧でクリック）。</translation>
    </message>
    <message>
        <source>There is no listing to make a size guide for: open a catalogue, or clear the filter.</source>
        <translation>サイズガイドを作る出品がありません：商品カタログを開くか、絞り込みを解除してください。</translation>
    </message>
    <message>
        <source>Save the size guide</source>
        <translation>サイズガイドを保存</translation>
    </message>
    <message>
        <source>Web page (*.html);;PDF (*.pdf);;Picture (*.png *.jpg)</source>
        <translation>Web ページ (*.html);;PDF (*.pdf);;画像 (*.png *.jpg)</translation>
    </message>
    <message>
        <source>&amp;Change mapping…</source>
        <translation>マッピングを変更(&amp;C)…</translation>
    </message>
    <message>
        <source>Change which column of your file is which, then import it again</source>
        <translation>ファイルの各列の内容を変更して、もう一度読み込みます</translation>
    </message>
    <message>
        <source>%1 is no longer there.</source>
        <translation>%1はもうありません。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) of products without sizes left out, as mapped.</source>
        <translation>
            <numerusform>マッピングどおり、サイズのない商品の%Ln行を除外しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the catalogue under a new name</source>
        <translation>カタログを新しい名前で保存</translation>
    </message>
    <message>
        <source>Save the catalogue (Ctrl+S)</source>
        <translation>カタログを保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Save asks for a new name: %1</source>
        <translation>保存時に新しい名前を尋ねます：%1</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <source>&amp;Category:</source>
        <translation>カテゴリ(&amp;C)：</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <source>inches</source>
        <translation>インチ</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>単位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Systems</source>
        <translation>サイズ体系(&amp;S)</translation>
    </message>
    <message>
        <source>e.g. 8, M, 38</source>
        <translation>例：8、M、38</translation>
    </message>
    <message>
        <source>&amp;Find a size:</source>
        <translation>サイズを検索(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Copy table</source>
        <translation>表をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV を書き出す(&amp;E)…</translation>
    </message>
    <message>
        <source>Size charts</source>
        <translation>サイズ表</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>Click a size, or type one above, to see its equivalents.</source>
        <translation>サイズをクリックするか上に入力すると、対応するサイズが表示されます。</translation>
    </message>
    <message>
        <source>%1 %2 equals: %3&lt;br&gt;Body: %4 %5</source>
        <translation>%1 %2 に相当：%3&lt;br&gt;身体：%4 %5</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>%1 のことですか？</translation>
    </message>
    <message>
        <source>Choose one of the suggestions.</source>
        <translation>候補から 1 つ選んでください。</translation>
    </message>
    <message>
        <source>%1 has no size %2.</source>
        <translation>%1 にサイズ %2 はありません。</translation>
    </message>
    <message>
        <source>Conventions</source>
        <translation>表記のルール</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>%1 min (%2)</source>
        <translation>%1最小（%2）</translation>
    </message>
    <message>
        <source>%1 max (%2)</source>
        <translation>%1最大（%2）</translation>
    </message>
    <message>
        <source>Export the size chart</source>
        <translation>サイズ表を書き出す</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
</context>
<context>
    <name>ClothingScreen</name>
    <message>
        <source>What are you wearing?</source>
        <translation>どんな服を着ていますか？</translation>
    </message>
    <message>
        <source>Clothes change the outline the camera sees. Tap the closest answer.</source>
        <translation>服によってカメラに映る体の輪郭が変わります。いちばん近いものをタップしてください。</translation>
    </message>
    <message>
        <source>Fitted</source>
        <translation>フィット</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>標準</translation>
    </message>
    <message>
        <source>Loose</source>
        <translation>ゆったり</translation>
    </message>
    <message>
        <source>T-shirt and leggings, sportswear</source>
        <translation>T シャツとレギンス、スポーツウェア</translation>
    </message>
    <message>
        <source>A shirt and trousers that follow the body without hanging</source>
        <translation>体に沿うが垂れ下がらないシャツとズボン</translation>
    </message>
    <message>
        <source>A hoodie, a loose dress or wide trousers</source>
        <translation>パーカー、ゆったりしたワンピース、ワイドパンツ</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>最初からやり直す</translation>
    </message>
    <message>
        <source>The camera sees loose clothes.</source>
        <translation>カメラにゆったりした服が映っています。</translation>
    </message>
    <message>
        <source>Loose clothes cannot be measured.</source>
        <translation>ゆったりした服では採寸できません。</translation>
    </message>
    <message>
        <source>Loose clothes hide the body&apos;s shape, so the girths would read several centimetres too big. Change into a fitted top and leggings and measure again, or measure with a tape following the illustrated measuring guide.</source>
        <translation>ゆったりした服は体の形を隠すため、周囲長が数センチ大きく測られてしまいます。フィットするトップスとレギンスに着替えて測り直すか、図解付きの採寸ガイドに従ってメジャーで測ってください。</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>(not imported)</source>
        <translation>（取り込まない）</translation>
    </message>
    <message>
        <source>Listing id (product, style number)</source>
        <translation>出品 ID（商品、品番）</translation>
    </message>
    <message>
        <source>Variant SKU (per size)</source>
        <translation>バリエーション SKU（サイズごと）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Category / product type</source>
        <translation>カテゴリ／商品タイプ</translation>
    </message>
    <message>
        <source>Department / gender</source>
        <translation>対象（性別など）</translation>
    </message>
    <message>
        <source>Age group (adult, kids, toddler, infant)</source>
        <translation>年齢層（大人、子ども、幼児、乳児）</translation>
    </message>
    <message>
        <source>Size class (Amazon: Alpha, Numeric, Age)</source>
        <translation>サイズ区分（Amazon：Alpha、Numeric、Age）</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Size system</source>
        <translation>サイズ体系</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>フィット</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>伸縮性</translation>
    </message>
    <message>
        <source>Colour (sizes shared by every colour)</source>
        <translation>カラー（サイズは全カラー共通）</translation>
    </message>
    <message>
        <source>Parent or child row (Amazon)</source>
        <translation>親行または子行（Amazon）</translation>
    </message>
    <message>
        <source>Option %1 name</source>
        <translation>オプション %1 の名前</translation>
    </message>
    <message>
        <source>Option %1 value</source>
        <translation>オプション %1 の値</translation>
    </message>
    <message>
        <source>%1: body range</source>
        <translation>%1：身体寸法の範囲</translation>
    </message>
    <message>
        <source>%1: body minimum</source>
        <translation>%1：身体寸法の最小</translation>
    </message>
    <message>
        <source>%1: body maximum</source>
        <translation>%1：身体寸法の最大</translation>
    </message>
    <message>
        <source>%1: garment measurement</source>
        <translation>%1：製品寸法</translation>
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
        <translation>出品 ID の列を選んでください（例：Handle、parent_sku、款号）。</translation>
    </message>
    <message>
        <source>Choose the column that holds the title.</source>
        <translation>タイトルの列を選んでください。</translation>
    </message>
    <message>
        <source>Choose the column that holds the size (e.g. Size, Option1 Value, 尺码).</source>
        <translation>サイズの列を選んでください（例：Size、Option1 Value、尺码）。</translation>
    </message>
    <message>
        <source>Choose the category column, or one category for every row.</source>
        <translation>カテゴリの列を選ぶか、すべての行に共通のカテゴリを 1 つ選んでください。</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Columns of the orders file</source>
        <translation>注文ファイルの列</translation>
    </message>
    <message>
        <source>Sizer does not know this file&apos;s layout. Say which column holds what; fields marked * are needed.</source>
        <translation>Sizer はこのファイルの構成を知りません。どの列に何が入っているか指定してください。* の項目は必須です。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Remember for files with these columns</source>
        <translation>この列構成のファイルでは記憶する</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <source>Before we start</source>
        <translation>始める前に</translation>
    </message>
    <message>
        <source>The camera is used only to measure your body outline while you stand in front of it. Please wear fitted clothes for the best result.</source>
        <translation>カメラは、前に立ったあなたの体の輪郭を測るためだけに使います。より正確に測るため、体にフィットする服を着てください。</translation>
    </message>
    <message>
        <source>No picture or video is stored or sent anywhere: each camera image is measured in this kiosk and thrown away at once.</source>
        <translation>画像や動画は保存も送信もされません：カメラの映像はこのキオスク内で測定し、すぐに破棄します。</translation>
    </message>
    <message>
        <source>Your height, measurements and sizes are erased when you finish, press “Start over”, or walk away.</source>
        <translation>身長・寸法・サイズは、終了したとき、「最初からやり直す」を押したとき、またはその場を離れたときに消去されます。</translation>
    </message>
    <message>
        <source>I agree, continue</source>
        <translation>同意して続ける</translation>
    </message>
    <message>
        <source>No, thanks</source>
        <translation>同意しない</translation>
    </message>
</context>
<context>
    <name>CountedProblems</name>
    <message numerus="yes">
        <source>{path}: %Ln problem(s); nothing was imported</source>
        <translation>
            <numerusform>{path}：%Ln 件の問題があるため、何も取り込んでいません</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln valid row(s); accept them with --accept-valid-rows)</source>
        <translation>
            <numerusform>（有効な行は %Ln 行です。--accept-valid-rows で取り込めます）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) in the orders; nothing was imported</source>
        <translation>
            <numerusform>注文に %Ln 件の問題があるため、何も取り込んでいません</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more problem(s) of the same kinds</source>
        <translation>
            <numerusform>ほかに同じ種類の問題が %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s) of order {order} SKU {sku} returned, {sold} sold</source>
        <translation>
            <numerusform>注文 {order} の SKU {sku} は、販売 {sold} 点に対して返品 %Ln 点です</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{listing}: {why}, so all %Ln size(s) are sent in the listing&apos;s own system {system} ({span}): one system for the whole listing, each size distinct</source>
        <translation>
            <numerusform>{listing}：{why}。そのため %Ln 件のサイズすべてを商品自身の方式 {system}（{span}）で送ります。商品全体でひとつの方式、サイズはそれぞれ別です</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln size chart(s) for {brand} on Amazon {marketplace} written to {path}</source>
        <translation>
            <numerusform>Amazon {marketplace} の {brand} のサイズ表 %Ln 件を {path} に書き出しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>size attributes of %Ln child listing(s) written to {path}</source>
        <translation>
            <numerusform>%Ln 件の子商品のサイズ属性を {path} に書き出しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Google Merchant size attributes of %Ln variant(s) written to {path}</source>
        <translation>
            <numerusform>%Ln 件のバリエーションの Google Merchant サイズ属性を {path} に書き出しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln size-chart metaobject(s) written to {path}</source>
        <translation>
            <numerusform>サイズ表のメタオブジェクト %Ln 件を {path} に書き出しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>metafields of %Ln product(s) written to {path}</source>
        <translation>
            <numerusform>%Ln 件の商品のメタフィールドを {path} に書き出しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln size-chart picture(s) ({width} x {height} px) written to {path}</source>
        <translation>
            <numerusform>サイズ表の画像 %Ln 枚（{width} x {height} px）を {path} に書き出しました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.</source>
        <translation>%1 に保存されていない変更があります。</translation>
    </message>
    <message>
        <source>Save them before going on?</source>
        <translation>続ける前に保存しますか？</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1は既にあります。置き換えますか？</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Sizer: something went wrong</source>
        <translation>Sizer：問題が発生しました</translation>
    </message>
    <message>
        <source>Sizer</source>
        <translation>Sizer</translation>
    </message>
    <message>
        <source>Details were written to the log file:
%1</source>
        <translation>詳細はログファイルに書き込みました：
%1</translation>
    </message>
</context>
<context>
    <name>GuidesPage</name>
    <message>
        <source>Whole body</source>
        <translation>全身</translation>
    </message>
    <message>
        <source>Head and neck</source>
        <translation>頭と首</translation>
    </message>
    <message>
        <source>Torso</source>
        <translation>胴体</translation>
    </message>
    <message>
        <source>Arms and hands</source>
        <translation>腕と手</translation>
    </message>
    <message>
        <source>Legs and feet</source>
        <translation>脚と足</translation>
    </message>
    <message>
        <source>Garments laid flat</source>
        <translation>平置きした衣類</translation>
    </message>
    <message>
        <source>Measuring guides by body zone</source>
        <translation>体の部位別の採寸ガイド</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>PDF として保存(&amp;P)…</translation>
    </message>
    <message>
        <source>Measuring guides</source>
        <translation>採寸ガイド</translation>
    </message>
    <message>
        <source>Print the measuring guide</source>
        <translation>採寸ガイドを印刷</translation>
    </message>
    <message>
        <source>Save the measuring guide as PDF</source>
        <translation>採寸ガイドを PDF として保存</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
</context>
<context>
    <name>HeightField</name>
    <message>
        <source>e.g. 182 cm, 5 ft 11, 5&apos;11&quot;, 71 in</source>
        <translation>例：182 cm、5 ft 11、5&apos;11&quot;、71 in</translation>
    </message>
    <message>
        <source>Type your height in cm, in feet and inches, or in inches; the line below says what was understood.</source>
        <translation>身長を cm、フィートとインチ、またはインチで入力してください。下の行に読み取った値が表示されます。</translation>
    </message>
    <message>
        <source>How to measure: %1</source>
        <translation>測り方：%1</translation>
    </message>
    <message>
        <source>Understood: %1</source>
        <translation>読み取った値：%1</translation>
    </message>
    <message>
        <source>Enter your height, e.g. 182 cm or 5 ft 11.</source>
        <translation>身長を入力してください（例：182 cm、5 ft 11）。</translation>
    </message>
    <message>
        <source>%1 is not a height the camera can measure: enter %2 to %3 cm (e.g. 182 cm, 5 ft 11, 71 in).</source>
        <translation>%1 はカメラで測れる身長ではありません：%2～%3 cm で入力してください（例：182 cm、5 ft 11、71 in）。</translation>
    </message>
    <message>
        <source>“%1” is not a height: write it like 182 cm, 1.82 m, 5 ft 11, 5&apos;11&quot; or 71 in.</source>
        <translation>「%1」は身長として読み取れません：182 cm、1.82 m、5 ft 11、5&apos;11&quot;、71 in のように入力してください。</translation>
    </message>
    <message>
        <source>Enter your height: the camera measures everything else in proportion to it.</source>
        <translation>身長を入力してください：カメラは他のすべての寸法を身長との比率で測ります。</translation>
    </message>
</context>
<context>
    <name>HeightScreen</name>
    <message>
        <source>How tall are you?</source>
        <translation>身長はどれくらいですか？</translation>
    </message>
    <message>
        <source>Without shoes. Your height sets the scale of every measurement.</source>
        <translation>靴を脱いだ身長です。身長がすべての寸法の基準になります。</translation>
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
        <translation>次へ</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Inches go from 0 to 11.</source>
        <translation>インチは 0～11 です。</translation>
    </message>
    <message>
        <source>Please enter a height between %1 and %2 cm.</source>
        <translation>%1～%2 cm の身長を入力してください。</translation>
    </message>
    <message>
        <source>Please enter a height between %1 ft %2 in and %3 ft %4 in.</source>
        <translation>%1 ft %2 in～%3 ft %4 in の身長を入力してください。</translation>
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
        <translation>商品カタログファイルの問題</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %Ln problem(s). Nothing has been imported yet.</source>
        <translation>
            <numerusform>%1 に %Ln 件の問題があります。まだ何も取り込んでいません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>(header)</source>
        <translation>（見出し行）</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import the %Ln valid row(s)</source>
        <translation>
            <numerusform>有効な %Ln 行を取り込む(&amp;I)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows with problems are left out; fix the file and open it again to import them too.</source>
        <translation>問題のある行は除外されます。それらも取り込むには、ファイルを修正してもう一度開いてください。</translation>
    </message>
    <message>
        <source>&amp;Change mapping…</source>
        <translation>マッピングを変更(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>KioskResults</name>
    <message>
        <source>Your size · %1% sure</source>
        <translation>あなたのサイズ · 確度 %1%</translation>
    </message>
    <message>
        <source>Between sizes: %1 would also fit</source>
        <translation>サイズの中間：%1 も合います</translation>
    </message>
    <message>
        <source>Your best size; the notes say where it is off</source>
        <translation>最も合うサイズです。ずれる箇所は注記をご覧ください</translation>
    </message>
    <message>
        <source>No size: even the largest, %1, is too small for you</source>
        <translation>サイズなし：最大の %1 でも小さすぎます</translation>
    </message>
    <message>
        <source>No size: even the smallest, %1, is too big for you</source>
        <translation>サイズなし：最小の %1 でも大きすぎます</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>My sizes</source>
        <translation>マイサイズ</translation>
    </message>
    <message>
        <source>Still there? Touch the screen to carry on.
Starting over in %1 s.</source>
        <translation>まだいらっしゃいますか？画面にタッチすると続けられます。
%1 秒後に最初からやり直します。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>%1: %2</source>
        <comment>a name and its value, e.g. Chest girth: snug</comment>
        <translation>%1：%2</translation>
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
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>Size system</source>
        <translation>サイズ体系</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>フィット</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>伸縮性</translation>
    </message>
    <message>
        <source>Sizes</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>おすすめ</translation>
    </message>
    <message>
        <source>Runner-up</source>
        <translation>次点</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>確度</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
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
        <translation>ページ</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open catalogue…</source>
        <translation>商品カタログを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>Open the bundled sa&amp;mple catalogue</source>
        <translation>付属のサンプルカタログを開く(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Save catalogue</source>
        <translation>商品カタログを保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save catalogue &amp;as…</source>
        <translation>商品カタログに名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>取り込み(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Catalogue (CSV or Excel)…</source>
        <translation>商品カタログ（CSV または Excel）(&amp;C)…</translation>
    </message>
    <message>
        <source>Body &amp;profile…</source>
        <translation>体型プロフィール(&amp;P)…</translation>
    </message>
    <message>
        <source>P&amp;hotos to measure…</source>
        <translation>写真から採寸(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Video to measure…</source>
        <translation>動画から採寸(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>書き出し(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Recommendations…</source>
        <translation>おすすめ(&amp;R)…</translation>
    </message>
    <message>
        <source>Size &amp;guide of the selected listing…</source>
        <translation>選択した出品のサイズガイド(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Marketplace files…</source>
        <translation>マーケットプレイス用ファイル(&amp;M)…</translation>
    </message>
    <message>
        <source>Size &amp;chart as CSV…</source>
        <translation>サイズ表を CSV で(&amp;C)…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>設定(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>ユーザーガイド(&amp;U)</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>ログフォルダーを開く(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About Sizer</source>
        <translation>Sizer について(&amp;A)</translation>
    </message>
    <message>
        <source>No catalogues opened yet</source>
        <translation>まだ商品カタログを開いていません</translation>
    </message>
    <message>
        <source>About Sizer</source>
        <translation>Sizer について</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sizer %1&lt;/b&gt;&lt;br&gt;Size charts that convert between countries, illustrated measuring guides, body measurements from a camera, and a recommended size for every listing.&lt;br&gt;Chinese, Japanese and Korean text is set in Noto Sans CJK (SIL Open Font License).</source>
        <translation>&lt;b&gt;Sizer %1&lt;/b&gt;&lt;br&gt;国ごとのサイズを換算するサイズ表、図解付きの採寸ガイド、カメラによる身体寸法の測定、そしてすべての出品へのおすすめサイズ。&lt;br&gt;中国語・日本語・韓国語のテキストには Noto Sans CJK（SIL Open Font License）を使用しています。</translation>
    </message>
    <message>
        <source>&amp;Change column mapping…</source>
        <translation>列のマッピングを変更(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>MeasurePage</name>
    <message>
        <source>C&amp;amera:</source>
        <translation>カメラ(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Start camera</source>
        <translation>カメラを起動(&amp;S)</translation>
    </message>
    <message>
        <source>Open &amp;video…</source>
        <translation>動画を開く(&amp;V)…</translation>
    </message>
    <message>
        <source>Open p&amp;hotos…</source>
        <translation>写真を開く(&amp;H)…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>You are wearing:</source>
        <translation>着ている服：</translation>
    </message>
    <message>
        <source>F&amp;itted</source>
        <translation>フィット(&amp;I)</translation>
    </message>
    <message>
        <source>T-shirt and leggings, sportswear or underwear</source>
        <translation>T シャツとレギンス、スポーツウェア、または下着</translation>
    </message>
    <message>
        <source>Re&amp;gular</source>
        <translation>標準(&amp;G)</translation>
    </message>
    <message>
        <source>A shirt and trousers that follow the body without hanging</source>
        <translation>体に沿うが垂れ下がらないシャツとズボン</translation>
    </message>
    <message>
        <source>Loos&amp;e</source>
        <translation>ゆったり(&amp;E)</translation>
    </message>
    <message>
        <source>A hoodie, a loose dress or wide trousers</source>
        <translation>パーカー、ゆったりしたワンピース、ワイドパンツ</translation>
    </message>
    <message>
        <source>Measure from a video…</source>
        <translation>動画から採寸…</translation>
    </message>
    <message>
        <source>Measure from photos…</source>
        <translation>写真から採寸…</translation>
    </message>
    <message>
        <source>Snug</source>
        <translation>ぴったり</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>標準</translation>
    </message>
    <message>
        <source>Loose</source>
        <translation>ゆったり</translation>
    </message>
    <message>
        <source>Preferred &amp;fit:</source>
        <translation>好みのフィット(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Load profile…</source>
        <translation>プロフィールを読み込む(&amp;L)…</translation>
    </message>
    <message>
        <source>Save p&amp;rofile…</source>
        <translation>プロフィールを保存(&amp;R)…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>クリア(&amp;L)</translation>
    </message>
    <message>
        <source>Your measurements</source>
        <translation>あなたの寸法</translation>
    </message>
    <message>
        <source>Measured values can be corrected by hand; “?” shows how to measure.</source>
        <translation>測定値は手で修正できます。「?」で測り方を表示します。</translation>
    </message>
    <message>
        <source>Stand 2–3 m from the camera in fitted clothes, whole body in view, then press Start camera. No camera? Measure from a video or from a front and a side photo.</source>
        <translation>体にフィットする服を着てカメラから 2～3 m 離れ、全身が映るように立ってから「カメラを起動」を押してください。カメラがない場合は、動画または正面と横向きの写真から採寸できます。</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>採寸</translation>
    </message>
    <message>
        <source>Loose clothes hide the body&apos;s shape, so the girths would read several centimetres too big. Change into a fitted top and leggings (or underwear) and measure again, or measure with a tape following the illustrated measuring guide (the “?” beside each measurement).</source>
        <translation>ゆったりした服は体の形を隠すため、周囲長が数センチ大きく測られてしまいます。フィットするトップスとレギンス（または下着）に着替えて測り直すか、図解付きの採寸ガイド（各寸法の横の「?」）に従ってメジャーで測ってください。</translation>
    </message>
    <message>
        <source>Measure from a video</source>
        <translation>動画から採寸</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.avi *.mov *.mkv *.webm);;All files (*)</source>
        <translation>動画 (*.mp4 *.avi *.mov *.mkv *.webm);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Measure from photos: one facing the camera, one from the side</source>
        <translation>写真から採寸：カメラに向いた正面の写真と、横向きの写真を 1 枚ずつ</translation>
    </message>
    <message>
        <source>Photos (*.png *.jpg *.jpeg *.bmp *.webp)</source>
        <translation>写真 (*.png *.jpg *.jpeg *.bmp *.webp)</translation>
    </message>
    <message>
        <source>Choose two photos: one facing the camera and one from the side.</source>
        <translation>写真を 2 枚選んでください：正面を向いたものと横向きのものです。</translation>
    </message>
    <message>
        <source>Measuring the photos… (the pose model loads the first time)</source>
        <translation>写真を採寸しています…（初回は姿勢推定モデルを読み込みます）</translation>
    </message>
    <message>
        <source>The photos could not be measured: %1</source>
        <translation>写真を採寸できませんでした：%1</translation>
    </message>
    <message>
        <source>Enter your height first: the camera measures everything else in proportion to it.</source>
        <translation>先に身長を入力してください：カメラは他のすべての寸法を身長との比率で測ります。</translation>
    </message>
    <message>
        <source>Starting… (the pose model loads the first time)</source>
        <translation>起動しています…（初回は姿勢推定モデルを読み込みます）</translation>
    </message>
    <message>
        <source>The video or photos ended before both views were captured. Use a video or photos showing the whole body facing the camera, then from the side.</source>
        <translation>正面と横向きの両方を撮影する前に、動画または写真が終わりました。全身が正面、次に横向きで写っている動画か写真を使ってください。</translation>
    </message>
    <message>
        <source>The capture stopped: %1</source>
        <translation>撮影が停止しました：%1</translation>
    </message>
    <message>
        <source>Load a body profile</source>
        <translation>体型プロフィールを読み込む</translation>
    </message>
    <message>
        <source>Body profiles (*.json)</source>
        <translation>体型プロフィール (*.json)</translation>
    </message>
    <message>
        <source>There are no measurements to save yet.</source>
        <translation>保存する寸法がまだありません。</translation>
    </message>
    <message>
        <source>Save the body profile</source>
        <translation>体型プロフィールを保存</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>No camera could be opened (%1): %2
You can measure from a video or photos instead.</source>
        <translation>カメラを開けませんでした（%1）：%2
代わりに動画または写真から採寸できます。</translation>
    </message>
    <message>
        <source>Wh&amp;o:</source>
        <translation>対象(&amp;O)：</translation>
    </message>
    <message>
        <source>%1 left out: %2</source>
        <translation>%1は除外：%2</translation>
    </message>
</context>
<context>
    <name>MeasurementField</name>
    <message>
        <source>How to measure: %1</source>
        <translation>測り方：%1</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>手入力</translation>
    </message>
    <message>
        <source>Changed by hand; it was %1</source>
        <translation>手で変更しました。元の値は %1 です</translation>
    </message>
    <message>
        <source>Estimated uncertainty of the camera measurement</source>
        <translation>カメラ測定の推定誤差</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>Women&apos;s tops</source>
        <translation>レディーストップス</translation>
    </message>
    <message>
        <source>Women&apos;s dresses</source>
        <translation>レディースワンピース</translation>
    </message>
    <message>
        <source>Women&apos;s trousers</source>
        <translation>レディースパンツ</translation>
    </message>
    <message>
        <source>Men&apos;s tops</source>
        <translation>メンズトップス</translation>
    </message>
    <message>
        <source>Men&apos;s shirts</source>
        <translation>メンズシャツ</translation>
    </message>
    <message>
        <source>Men&apos;s suits</source>
        <translation>メンズスーツ</translation>
    </message>
    <message>
        <source>Men&apos;s trousers</source>
        <translation>メンズパンツ</translation>
    </message>
    <message>
        <source>Bras</source>
        <translation>ブラジャー</translation>
    </message>
    <message>
        <source>Men&apos;s shoes</source>
        <translation>メンズシューズ</translation>
    </message>
    <message>
        <source>Women&apos;s shoes</source>
        <translation>レディースシューズ</translation>
    </message>
    <message>
        <source>Children&apos;s shoes</source>
        <translation>キッズシューズ</translation>
    </message>
    <message>
        <source>Children&apos;s clothing</source>
        <translation>子ども服</translation>
    </message>
    <message>
        <source>Hats</source>
        <translation>帽子</translation>
    </message>
    <message>
        <source>Gloves</source>
        <translation>手袋</translation>
    </message>
    <message>
        <source>Rings</source>
        <translation>指輪</translation>
    </message>
    <message>
        <source>Belts</source>
        <translation>ベルト</translation>
    </message>
    <message>
        <source>Socks</source>
        <translation>靴下</translation>
    </message>
    <message>
        <source>Ski boots</source>
        <translation>スキーブーツ</translation>
    </message>
    <message>
        <source>Men&apos;s shoe widths</source>
        <translation>メンズシューズの足幅</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>きつい</translation>
    </message>
    <message>
        <source>snug</source>
        <translation>ぴったり</translation>
    </message>
    <message>
        <source>good</source>
        <translation>ちょうどよい</translation>
    </message>
    <message>
        <source>loose</source>
        <translation>ゆるい</translation>
    </message>
    <message>
        <source>too loose</source>
        <translation>ゆるすぎる</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>短すぎる</translation>
    </message>
    <message>
        <source>short</source>
        <translation>短い</translation>
    </message>
    <message>
        <source>long</source>
        <translation>長い</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>長すぎる</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>合う</translation>
    </message>
    <message>
        <source>between sizes</source>
        <translation>サイズの中間</translation>
    </message>
    <message>
        <source>best available</source>
        <translation>最も近いサイズ</translation>
    </message>
    <message>
        <source>no size fits</source>
        <translation>合うサイズなし</translation>
    </message>
    <message>
        <source>no measurements</source>
        <translation>寸法なし</translation>
    </message>
    <message>
        <source>slim</source>
        <translation>スリム</translation>
    </message>
    <message>
        <source>regular</source>
        <translation>レギュラー</translation>
    </message>
    <message>
        <source>relaxed</source>
        <translation>リラックス</translation>
    </message>
    <message>
        <source>no stretch</source>
        <translation>伸縮なし</translation>
    </message>
    <message>
        <source>some stretch</source>
        <translation>やや伸縮</translation>
    </message>
    <message>
        <source>high stretch</source>
        <translation>よく伸縮</translation>
    </message>
    <message>
        <source>women</source>
        <translation>レディース</translation>
    </message>
    <message>
        <source>men</source>
        <translation>メンズ</translation>
    </message>
    <message>
        <source>unisex</source>
        <translation>男女兼用</translation>
    </message>
    <message>
        <source>girls</source>
        <translation>女の子</translation>
    </message>
    <message>
        <source>boys</source>
        <translation>男の子</translation>
    </message>
    <message>
        <source>baby</source>
        <translation>ベビー</translation>
    </message>
    <message>
        <source>kids</source>
        <translation>キッズ</translation>
    </message>
    <message>
        <source>Step into view, 2–3 m from the camera.</source>
        <translation>カメラから 2～3 m の位置に入ってください。</translation>
    </message>
    <message>
        <source>Only the person being measured may be in view.</source>
        <translation>測定する人だけが映るようにしてください。</translation>
    </message>
    <message>
        <source>Step back: the whole body, head to feet, must be in the picture.</source>
        <translation>下がってください：頭から足まで全身が映る必要があります。</translation>
    </message>
    <message>
        <source>Step a little closer.</source>
        <translation>もう少し近づいてください。</translation>
    </message>
    <message>
        <source>Stand upright, feet slightly apart, looking ahead.</source>
        <translation>足を少し開き、まっすぐ前を向いて立ってください。</translation>
    </message>
    <message>
        <source>Face the camera.</source>
        <translation>カメラの方を向いてください。</translation>
    </message>
    <message>
        <source>Now turn 90° so your side faces the camera.</source>
        <translation>90° 回って、体の横をカメラに向けてください。</translation>
    </message>
    <message>
        <source>Hold your arms a little away from your body.</source>
        <translation>腕を体から少し離してください。</translation>
    </message>
    <message>
        <source>It is too dark: add light in front of you.</source>
        <translation>暗すぎます：前方を明るくしてください。</translation>
    </message>
    <message>
        <source>Too much light behind you: move away from the window.</source>
        <translation>背後が明るすぎます：窓から離れてください。</translation>
    </message>
    <message>
        <source>Hold still…</source>
        <translation>そのまま動かないで…</translation>
    </message>
    <message>
        <source>Measuring: keep holding still.</source>
        <translation>測定中：そのまま動かないでください。</translation>
    </message>
    <message>
        <source>Done: see your measurements.</source>
        <translation>完了：寸法をご覧ください。</translation>
    </message>
    <message>
        <source>Step 1 of 2: facing the camera</source>
        <translation>ステップ 1/2：カメラの方を向く</translation>
    </message>
    <message>
        <source>Step 2 of 2: turn to the side</source>
        <translation>ステップ 2/2：横を向く</translation>
    </message>
    <message>
        <source>Step 2 of 2: side-on</source>
        <translation>ステップ 2/2：横向き</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>The chest level was estimated: arms close to the body hid the armpits.</source>
        <translation>腕が体に近く脇の下が隠れていたため、胸の高さは推定値です。</translation>
    </message>
    <message>
        <source>The camera angle could not be worked out; lengths assume a level camera.</source>
        <translation>カメラの角度を求められませんでした。長さはカメラが水平であるとして計算しています。</translation>
    </message>
    <message>
        <source>The neck girth uses a model for all bodies, so its uncertainty is a little wider.</source>
        <translation>首回りはすべての体型に共通のモデルを使うため、誤差がやや大きくなります。</translation>
    </message>
    <message>
        <source>No gap showed between the legs, so the inside leg was estimated from the hips.</source>
        <translation>脚の間にすき間が見えなかったため、股下は腰回りから推定しました。</translation>
    </message>
    <message>
        <source>An arm touched the body, so the shoulder width is less sure. Hold the arms slightly away.</source>
        <translation>腕が体に触れていたため、肩幅の確度が下がります。腕を少し体から離してください。</translation>
    </message>
    <message>
        <source>The height was measured from the reference object.</source>
        <translation>身長は基準物から測定しました。</translation>
    </message>
    <message>
        <source>The height you gave and the reference object disagree by over 3 %: check both.</source>
        <translation>入力された身長と基準物の測定が 3 % 以上食い違っています：両方を確認してください。</translation>
    </message>
    <message>
        <source>The clothes&apos; usual allowance was taken off the girths; the +/- includes how much it varies.</source>
        <translation>服の一般的なゆとり分を周囲長から差し引きました。± にはそのばらつきも含まれます。</translation>
    </message>
    <message>
        <source>The girths use the body&apos;s width seen from every side during the turn.</source>
        <translation>周囲長は、回転中にあらゆる方向から見た体の幅を使っています。</translation>
    </message>
    <message>
        <source>Women&apos;s shoe widths</source>
        <translation>レディースシューズの足幅</translation>
    </message>
    <message>
        <source>Women&apos;s swimwear</source>
        <translation>レディース水着</translation>
    </message>
    <message>
        <source>Women&apos;s tops (petite)</source>
        <translation>レディーストップス（小さいサイズ）</translation>
    </message>
    <message>
        <source>Women&apos;s tops (plus)</source>
        <translation>レディーストップス（大きいサイズ）</translation>
    </message>
    <message>
        <source>Women&apos;s tops (tall)</source>
        <translation>レディーストップス（トール）</translation>
    </message>
    <message>
        <source>Women&apos;s tops (maternity)</source>
        <translation>レディーストップス（マタニティ）</translation>
    </message>
    <message>
        <source>Women&apos;s dresses (plus)</source>
        <translation>レディースワンピース（大きいサイズ）</translation>
    </message>
    <message>
        <source>Women&apos;s trousers (plus)</source>
        <translation>レディースパンツ（大きいサイズ）</translation>
    </message>
    <message>
        <source>Men&apos;s tops (tall)</source>
        <translation>メンズトップス（トール）</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>Admin PIN</source>
        <translation>管理者 PIN</translation>
    </message>
    <message>
        <source>Enter the new PIN again</source>
        <translation>新しい PIN をもう一度入力</translation>
    </message>
    <message>
        <source>Choose a new admin PIN (%1 to %2 digits)</source>
        <translation>新しい管理者 PIN を決めてください（%1～%2 桁）</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>No admin PIN is set. Set one in the desktop app (File ▸ Settings) or with “sizer kiosk set-pin”.</source>
        <translation>管理者 PIN が設定されていません。デスクトップアプリ（ファイル ▸ 設定）または「sizer kiosk set-pin」で設定してください。</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>PIN の誤りが多すぎます。%1 秒後にもう一度お試しください。</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN が違います。</translation>
    </message>
    <message>
        <source>The two PINs differ. Start again.</source>
        <translation>2 つの PIN が一致しません。最初からやり直してください。</translation>
    </message>
</context>
<context>
    <name>PresetDialog</name>
    <message>
        <source>Amazon: size-chart workbook (XLSX)</source>
        <translation>Amazon：サイズ表ワークブック（XLSX）</translation>
    </message>
    <message>
        <source>Amazon: size attributes of each child listing</source>
        <translation>Amazon：各子出品のサイズ属性</translation>
    </message>
    <message>
        <source>Google Merchant Center: size feed</source>
        <translation>Google Merchant Center：サイズフィード</translation>
    </message>
    <message>
        <source>Shopify: size-chart metaobjects (JSON)</source>
        <translation>Shopify：サイズ表メタオブジェクト（JSON）</translation>
    </message>
    <message>
        <source>Shopify: product metafields (CSV)</source>
        <translation>Shopify：商品メタフィールド（CSV）</translation>
    </message>
    <message>
        <source>Pictures for Temu, SHEIN, AliExpress (a folder)</source>
        <translation>Temu、SHEIN、AliExpress 用の画像（フォルダー）</translation>
    </message>
    <message>
        <source>Marketplace files</source>
        <translation>マーケットプレイス用ファイル</translation>
    </message>
    <message>
        <source>as on your Amazon listings</source>
        <translation>Amazon の出品と同じ表記で</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>チャネル(&amp;C)：</translation>
    </message>
    <message>
        <source>Amazon &amp;marketplace:</source>
        <translation>Amazon マーケットプレイス(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Brand:</source>
        <translation>ブランド(&amp;B)：</translation>
    </message>
    <message>
        <source>Google &amp;size system:</source>
        <translation>Google のサイズ体系(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Picture size:</source>
        <translation>画像サイズ(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Language of the texts:</source>
        <translation>テキストの言語(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Which field each file fills, and from what: README, Marketplace presets.</source>
        <translation>各ファイルがどの項目を何から埋めるか：README の「Marketplace presets」を参照。</translation>
    </message>
    <message>
        <source>Amazon keeps one size chart per brand: type the brand.</source>
        <translation>Amazon ではブランドごとにサイズ表を 1 つ持ちます：ブランド名を入力してください。</translation>
    </message>
</context>
<context>
    <name>PresetResultDialog</name>
    <message>
        <source>Marketplace files</source>
        <translation>マーケットプレイス用ファイル</translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s) on what the file holds; read them before you upload it:</source>
        <translation>
            <numerusform>ファイルの内容についての注意が %Ln 件あります。アップロードする前にお読みください：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>{path}: {folder} exists but is not a folder</source>
        <translation>{path}：{folder} は存在しますが、フォルダーではありません</translation>
    </message>
    <message>
        <source>facing the camera</source>
        <translation>カメラに正対</translation>
    </message>
    <message>
        <source>turning</source>
        <translation>回転中</translation>
    </message>
    <message>
        <source>side-on</source>
        <translation>横向き</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>{returned} returned of {sold} sold; no more can come back than were sold</source>
        <translation>販売 {sold} 点に対して返品 {returned} 点です。返品は販売数量までです</translation>
    </message>
    <message>
        <source>{reason} (also rows {rows})</source>
        <translation>{reason}（ほかに {rows} 行目も）</translation>
    </message>
    <message>
        <source>{reason} (also rows {rows} and {more} more)</source>
        <translation>{reason}（ほかに {rows} 行目、さらに {more} 行）</translation>
    </message>
    <message>
        <source>{value} (row {row})</source>
        <translation>{value}（{row} 行目）</translation>
    </message>
    <message>
        <source>{values} and {more} more</source>
        <translation>{values} ほか {more} 件</translation>
    </message>
    <message>
        <source> (did you mean {suggestions}?)</source>
        <translation>（{suggestions} のことですか？）</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} または {second}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>{row} 行目</translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation>列 {column}</translation>
    </message>
    <message>
        <source>unknown catalogue format {suffix}; valid: {valid}</source>
        <translation>商品カタログの形式 {suffix} は不明です。有効な形式：{valid}</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>ファイルが見つかりません</translation>
    </message>
    <message>
        <source>cannot read the file: {detail}</source>
        <translation>ファイルを読み込めません：{detail}</translation>
    </message>
    <message>
        <source>is a folder; give a catalogue file (.csv or .xlsx)</source>
        <translation>フォルダーです。商品カタログファイル（.csv または .xlsx）を指定してください</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe or a device); give a catalogue file (.csv or .xlsx)</source>
        <translation>通常のファイルではありません（パイプまたはデバイス）。商品カタログファイル（.csv または .xlsx）を指定してください</translation>
    </message>
    <message>
        <source>the file is larger than {limit_gb} GB; split the catalogue</source>
        <translation>ファイルが {limit_gb} GB を超えています。商品カタログを分割してください</translation>
    </message>
    <message>
        <source>the file is empty; expected a header row</source>
        <translation>ファイルが空です。見出し行が必要です</translation>
    </message>
    <message>
        <source>malformed CSV: {detail}</source>
        <translation>CSV の形式が正しくありません：{detail}</translation>
    </message>
    <message>
        <source>not a readable XLSX workbook ({detail})</source>
        <translation>読み込める XLSX ワークブックではありません（{detail}）</translation>
    </message>
    <message>
        <source>not an XLSX workbook (no xl/workbook.xml); save it from Excel or LibreOffice as .xlsx</source>
        <translation>XLSX ワークブックではありません（xl/workbook.xml がありません）。Excel または LibreOffice で .xlsx として保存してください</translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <translation>ワークブックにシートがありません</translation>
    </message>
    <message>
        <source>every sheet of the workbook is hidden; unhide the catalogue sheet in Excel and save again</source>
        <translation>ワークブックのすべてのシートが非表示です。Excel で商品カタログのシートを再表示して保存し直してください</translation>
    </message>
    <message>
        <source>a formula ({formula}) without a saved value; open the file in Excel or LibreOffice and save it again, or type the value itself</source>
        <translation>保存された値のない数式（{formula}）。Excel または LibreOffice でファイルを開いて保存し直すか、値そのものを入力してください</translation>
    </message>
    <message>
        <source>a reference to shared text {value} that the workbook does not have</source>
        <translation>ワークブックにない共有テキスト {value} への参照</translation>
    </message>
    <message>
        <source>the spreadsheet error {value}; fix the formula or type the value</source>
        <translation>スプレッドシートのエラー {value}。数式を直すか、値を入力してください</translation>
    </message>
    <message>
        <source>a date ({date}); Excel turns values such as 9-10 into dates: format the column as Text and type the value again</source>
        <translation>日付（{date}）。Excel は 9-10 のような値を日付に変換します：列の書式を「文字列」にして、値を入力し直してください</translation>
    </message>
    <message>
        <source>a text of {length} characters, more than a cell holds ({limit})</source>
        <translation>{length} 文字のテキストで、セルに入る上限（{limit}）を超えています</translation>
    </message>
    <message>
        <source>a header cell holds {reason}</source>
        <translation>見出し行のセルに問題があります：{reason}</translation>
    </message>
    <message>
        <source>... and {count} more</source>
        <translation>…ほか {count} 件</translation>
    </message>
    <message>
        <source>no valid rows</source>
        <translation>有効な行がありません</translation>
    </message>
    <message>
        <source>no data rows under the header</source>
        <translation>見出し行の下にデータ行がありません</translation>
    </message>
    <message>
        <source>unknown column {column}{did_you_mean}; valid: {fields}, &lt;dimension&gt;_min, &lt;dimension&gt;_max, garment_&lt;dimension&gt; (add _in for inches) with &lt;dimension&gt; one of {dimensions}</source>
        <translation>列 {column} は不明です{did_you_mean}。有効な列：{fields}、&lt;dimension&gt;_min、&lt;dimension&gt;_max、garment_&lt;dimension&gt;（インチは _in を付ける）。&lt;dimension&gt; は次のいずれかです：{dimensions}</translation>
    </message>
    <message>
        <source>no ease is defined for garment {dimension}, so it cannot become a body range; give {dimension}_min/_max instead, or use garment_ with one of {dimensions}</source>
        <translation>製品の {dimension} にはゆとりが定義されていないため、身体寸法の範囲に換算できません。代わりに {dimension}_min/_max を指定するか、garment_ を次のいずれかと使ってください：{dimensions}</translation>
    </message>
    <message>
        <source>the same column as {column}; keep one</source>
        <translation>列 {column} と同じ列です。1 つだけ残してください</translation>
    </message>
    <message>
        <source>required column missing; a catalogue needs {columns}</source>
        <translation>必須の列がありません。商品カタログには {columns} が必要です</translation>
    </message>
    <message>
        <source>empty; every row needs a listing_id, title, category and size_label</source>
        <translation>空欄です。各行に listing_id、title、category、size_label が必要です</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空欄です</translation>
    </message>
    <message>
        <source>unknown {kind} {value}{did_you_mean}; valid: {choices}</source>
        <translation>{kind} {value} は不明です{did_you_mean}。有効な値：{choices}</translation>
    </message>
    <message>
        <source>unknown {kind} {value}{did_you_mean}
valid {kinds}: {choices}</source>
        <translation>{kind} {value} は不明です{did_you_mean}
{kinds}の有効な値：{choices}</translation>
    </message>
    <message>
        <source>{choices}, ... ({count} in all)</source>
        <translation>{choices}、…（全 {count} 件）</translation>
    </message>
    <message>
        <source>listing {listing} has no sizes</source>
        <translation>出品 {listing} にサイズがありません</translation>
    </message>
    <message>
        <source>{reason}; or leave it empty for the brand&apos;s own labels</source>
        <translation>{reason}。ブランド独自の表記の場合は空欄にしてください</translation>
    </message>
    <message>
        <source>a row without measurements refers to the standard chart of its category, so it needs the label&apos;s size system; valid: {systems}</source>
        <translation>寸法のない行はカテゴリの標準サイズ表を参照するため、表記のサイズ体系が必要です。有効な値：{systems}</translation>
    </message>
    <message>
        <source>differs from row {row} of listing {listing} ({value}); every row of a listing gives the same {field}</source>
        <translation>出品 {listing} の {row} 行目（{value}）と異なります。1 つの出品のすべての行で {field} は同じにしてください</translation>
    </message>
    <message>
        <source>listing {listing} already has size {label}; each label once</source>
        <translation>出品 {listing} にはすでにサイズ {label} があります。各表記は 1 回だけにしてください</translation>
    </message>
    <message>
        <source>{value} is not a number; expected cm, e.g. 92.5</source>
        <translation>{value} は数値ではありません。cm で入力してください（例：92.5）</translation>
    </message>
    <message>
        <source>{value} is not a number; expected inches, e.g. 92.5</source>
        <translation>{value} は数値ではありません。インチで入力してください（例：92.5）</translation>
    </message>
    <message>
        <source>{value} is not a length; expected a positive number</source>
        <translation>{value} は長さではありません。正の数を入力してください</translation>
    </message>
    <message>
        <source>give either garment_{dimension} or {dimension}_min/_max in a row, not both</source>
        <translation>1 つの行には garment_{dimension} と {dimension}_min/_max のどちらか一方だけを指定してください</translation>
    </message>
    <message>
        <source>{value} cm is not a plausible garment {dimension} (bodies measure {low} to {high} cm){hint}</source>
        <translation>{value} cm は製品の{dimension}として妥当ではありません（身体寸法は {low}～{high} cm）{hint}</translation>
    </message>
    <message>
        <source>{value} cm is not a plausible body {dimension}; expected {low} to {high} cm{hint}</source>
        <translation>{value} cm は身体の{dimension}として妥当ではありません。想定範囲は {low}～{high} cm です{hint}</translation>
    </message>
    <message>
        <source>{low} to {high} cm</source>
        <translation>{low}～{high} cm の範囲</translation>
    </message>
    <message>
        <source>{low} to {high} cm for adults</source>
        <translation>成人で {low}～{high} cm</translation>
    </message>
    <message>
        <source>{low} to {high} cm for children</source>
        <translation>子どもで {low}～{high} cm</translation>
    </message>
    <message>
        <source>{value} cm is not a plausible body {dimension}; expected {expected}{hint}</source>
        <translation>{value} cm は身体の{dimension}として妥当ではありません。{expected} を想定しています{hint}</translation>
    </message>
    <message>
        <source>{value} cm is not a plausible garment {dimension} (bodies measure {expected}){hint}</source>
        <translation>{value} cm は製品の{dimension}として妥当ではありません（身体寸法は {expected}）{hint}</translation>
    </message>
    <message>
        <source>looks like inches: {typed} in = {cm} cm?</source>
        <translation>インチのようです：{typed} in = {cm} cm ですか？</translation>
    </message>
    <message>
        <source>looks like millimetres: {typed} mm = {cm} cm?</source>
        <translation>ミリメートルのようです：{typed} mm = {cm} cm ですか？</translation>
    </message>
    <message>
        <source>looks like centimetres: {typed} cm?</source>
        <translation>センチメートルのようです：{typed} cm ですか？</translation>
    </message>
    <message>
        <source>; {slip}</source>
        <translation>。{slip}単位を確認してください</translation>
    </message>
    <message>
        <source>; {slip} then end the column name in _in ({column})</source>
        <translation>。{slip}そうであれば、列名の末尾に _in を付けてください（{column}）</translation>
    </message>
    <message>
        <source>; {slip} the column is in cm</source>
        <translation>。{slip}この列の単位は cm です</translation>
    </message>
    <message>
        <source>; {slip} then drop the _in from the column name</source>
        <translation>。{slip}そうであれば、列名から _in を外してください</translation>
    </message>
    <message>
        <source>a measurement goes inside measurements_cm, e.g. {&quot;measurements_cm&quot;: {&quot;{key}&quot;: ...}}</source>
        <translation>寸法は measurements_cm の中に入れてください（例：{&quot;measurements_cm&quot;: {&quot;{key}&quot;: ...}}）</translation>
    </message>
    <message>
        <source>unknown profile key {key}; did you mean {hint} inside measurements_cm?</source>
        <translation>プロフィールのキー {key} は不明です。measurements_cm の中の {hint} のことですか？</translation>
    </message>
    <message>
        <source>size {label}: {value} cm is not a plausible body {dimension}; expected {expected}{hint}</source>
        <translation>サイズ {label}：{value} cm は身体の{dimension}として妥当ではありません。{expected} を想定しています{hint}</translation>
    </message>
    <message>
        <source> (import the other rows with --accept-valid-rows)</source>
        <translation>（ほかの行は --accept-valid-rows で取り込めます）</translation>
    </message>
    <message>
        <source>; is it in cm? then drop the _in from the column name</source>
        <translation>。cm の値ですか？それなら列名から _in を外してください</translation>
    </message>
    <message>
        <source>; if the values are inches, end the column name in _in (e.g. chest_girth_min_in)</source>
        <translation>。値がインチの場合は、列名の末尾に _in を付けてください（例：chest_girth_min_in）</translation>
    </message>
    <message>
        <source>the minimum {low} cm is above the maximum {high} cm; swap them</source>
        <translation>最小 {low} cm が最大 {high} cm より大きくなっています。入れ替えてください</translation>
    </message>
    <message>
        <source>an open-ended size from {low} cm cannot reach the plausible maximum {high} cm of {dimension}; give {dimension}_max too</source>
        <translation>{low} cm 以上の上限のないサイズは、{dimension} の妥当な最大値 {high} cm に届きません。{dimension}_max も指定してください</translation>
    </message>
    <message>
        <source>a size up to {high} cm lies below the plausible minimum {low} cm of {dimension}; give {dimension}_min too</source>
        <translation>{high} cm までのサイズは、{dimension} の妥当な最小値 {low} cm を下回っています。{dimension}_min も指定してください</translation>
    </message>
    <message>
        <source>{path}: the column mapping is not complete:
  {problems}</source>
        <translation>{path}：列のマッピングが完了していません：
  {problems}</translation>
    </message>
    <message>
        <source>the mapping&apos;s header row is not in the file</source>
        <translation>マッピングの見出し行がファイルにありません</translation>
    </message>
    <message>
        <source>the mapping names columns this file does not have; map this file&apos;s columns again</source>
        <translation>マッピングにこのファイルにない列が含まれています。このファイルの列をマッピングし直してください</translation>
    </message>
    <message>
        <source>no option of this product is a size ({options}); name the size option Size, or map the size column</source>
        <translation>この商品のオプションにサイズがありません（{options}）。サイズのオプション名を Size にするか、サイズの列をマッピングしてください</translation>
    </message>
    <message>
        <source>no option names</source>
        <translation>オプション名がありません</translation>
    </message>
    <message>
        <source>{value} is not a measurement; write one number or a range such as 86-90</source>
        <translation>{value} は寸法ではありません。数値を 1 つ、または 86-90 のような範囲を入力してください</translation>
    </message>
    <message>
        <source>the sizes of listing {listing} are labels of more than one {category} size system ({systems}), which fit different bodies; give the size system in a column (e.g. a Size system metafield) or set it for every row in the mapping</source>
        <translation>商品{listing}のサイズは複数の{category}サイズ体系（{systems}）の表記で、それぞれ合う体型が異なります。サイズ体系を列で指定する（例：Size system メタフィールド）か、マッピングで全行に設定してください</translation>
    </message>
    <message>
        <source>{path}: cannot be written: {detail}</source>
        <translation>{path}：書き込めません：{detail}</translation>
    </message>
    <message>
        <source>{dimension} {typed} is not a plausible body measurement for {chart}; expected {expected}{hint}</source>
        <translation>{dimension} {typed} は {chart} の体の寸法としてありえません。{expected} のはずです{hint}</translation>
    </message>
    <message>
        <source>--category is required (or --chart-file); categories: {categories}</source>
        <translation>--category（または --chart-file）が必要です。カテゴリー: {categories}</translation>
    </message>
    <message>
        <source>--category is required (or --chart-file); {system} {label} is a size of {matches}
all categories: {categories}</source>
        <translation>--category（または --chart-file）が必要です。{system} {label} は次のカテゴリーのサイズです: {matches}
すべてのカテゴリー: {categories}</translation>
    </message>
    <message>
        <source>{path}: a {channel} file is written as {suffixes}, not {suffix}; end the file name in one of these</source>
        <translation>{path}: {channel} のファイルは {suffix} ではなく {suffixes} で書き出します。ファイル名の末尾をこのいずれかにしてください</translation>
    </message>
    <message>
        <source>{path} is one picture, but the {count} listings make {count} pictures: write them to a folder, or choose one listing</source>
        <translation>{path} は画像 1 枚ですが、{count} 件の商品から {count} 枚の画像ができます。フォルダーに書き出すか、商品を 1 件選んでください</translation>
    </message>
    <message>
        <source>{path}: the pictures go in a folder, and this is a file; give a folder, or a .png or .jpg name for the picture of one listing</source>
        <translation>{path}: 画像はフォルダーに書き出しますが、これはファイルです。フォルダーを指定するか、商品 1 件の画像なら .png か .jpg の名前を指定してください</translation>
    </message>
    <message>
        <source>{path}: is a folder; give a file name inside it</source>
        <translation>{path}：フォルダーです。その中のファイル名を指定してください</translation>
    </message>
    <message>
        <source>{path}: is not a regular file (a pipe or a device); give a file name</source>
        <translation>{path}：通常のファイルではありません（パイプまたはデバイス）。ファイル名を指定してください</translation>
    </message>
    <message>
        <source>{path}: the file is read-only; it was not replaced. Make it writable or save under another name</source>
        <translation>{path}：ファイルが読み取り専用のため、置き換えていません。書き込み可能にするか、別の名前で保存してください</translation>
    </message>
    <message>
        <source>{path}: the folder {folder} does not exist</source>
        <translation>{path}：フォルダー {folder} がありません</translation>
    </message>
    <message>
        <source>{path}: the disk is full; nothing was written and any previous file is unchanged</source>
        <translation>{path}：ディスクがいっぱいです。何も書き込んでおらず、既存のファイルは変更されていません</translation>
    </message>
    <message>
        <source>{path}: permission denied; save somewhere you may write</source>
        <translation>{path}：アクセスが拒否されました。書き込みできる場所に保存してください</translation>
    </message>
    <message>
        <source>{path}: the disk is read-only; save somewhere else</source>
        <translation>{path}：ディスクが読み取り専用です。別の場所に保存してください</translation>
    </message>
    <message>
        <source>{path}: no temporary file name is free in {folder}</source>
        <translation>{path}：{folder} に使える一時ファイル名がありません</translation>
    </message>
    <message>
        <source>a profile is a JSON object with &apos;measurements_cm&apos;</source>
        <translation>プロフィールは &apos;measurements_cm&apos; を持つ JSON オブジェクトです</translation>
    </message>
    <message>
        <source>missing or empty; expected e.g. {&quot;chest_girth&quot;: 96, &quot;waist_girth&quot;: 82}</source>
        <translation>見つからないか空欄です。例：{&quot;chest_girth&quot;: 96, &quot;waist_girth&quot;: 82}</translation>
    </message>
    <message>
        <source>expected a list of strings</source>
        <translation>文字列のリストを指定してください</translation>
    </message>
    <message>
        <source>{value} is not one of {choices}</source>
        <translation>{value} は {choices} のいずれでもありません</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe or a device), not a body profile: give a profile .json file</source>
        <translation>通常のファイルではなく（パイプまたはデバイス）、体型プロフィールではありません：プロフィールの .json ファイルを指定してください</translation>
    </message>
    <message>
        <source>is a folder, not a profile file</source>
        <translation>フォルダーです。プロフィールのファイルではありません</translation>
    </message>
    <message>
        <source>cannot be read ({detail})</source>
        <translation>読み込めません（{detail}）</translation>
    </message>
    <message>
        <source>larger than {kb} KB: not a body profile (save one with `sizer measure --json` or the Measure page)</source>
        <translation>{kb} KB を超えています：体型プロフィールではありません（`sizer measure --json` または「採寸」ページで保存してください）</translation>
    </message>
    <message>
        <source>not UTF-8 text ({detail})</source>
        <translation>UTF-8 のテキストではありません（{detail}）</translation>
    </message>
    <message>
        <source>not valid JSON ({detail})</source>
        <translation>有効な JSON ではありません（{detail}）</translation>
    </message>
    <message>
        <source>not a profile: the JSON is nested too deeply</source>
        <translation>プロフィールではありません：JSON の入れ子が深すぎます</translation>
    </message>
    <message>
        <source>{name} is not a number of centimetres (expected a plain decimal such as 82.5)</source>
        <translation>{name} はセンチメートルの数値ではありません（82.5 のような通常の小数を指定してください）</translation>
    </message>
    <message>
        <source>{token} is not a plausible number of centimetres (expected a plain decimal such as 82.5)</source>
        <translation>{token} はセンチメートルの数値として妥当ではありません（82.5 のような通常の小数を指定してください）</translation>
    </message>
    <message>
        <source>expected an object of dimension: centimetres</source>
        <translation>「寸法: センチメートル」の形式のオブジェクトを指定してください</translation>
    </message>
    <message>
        <source>expected a number of cm, got {value}</source>
        <translation>cm の数値を指定してください（指定された値：{value}）</translation>
    </message>
    <message>
        <source>an uncertainty cannot be negative</source>
        <translation>誤差は負の値にできません</translation>
    </message>
    <message>
        <source>an uncertainty of {value} cm says nothing; expected 0 to {high} cm</source>
        <translation>{value} cm の誤差では意味がありません。0～{high} cm を想定しています</translation>
    </message>
    <message>
        <source>listing {listing}: a title cannot be empty</source>
        <translation>出品 {listing}：タイトルは空欄にできません</translation>
    </message>
    <message>
        <source>listing {listing}: {value} is not a size system of {category}; valid: {systems}, or empty for the brand&apos;s own labels</source>
        <translation>出品 {listing}：{value} は {category} のサイズ体系ではありません。有効な値：{systems}、またはブランド独自の表記なら空欄</translation>
    </message>
    <message>
        <source>listing {listing}: its sizes are labels of the {system} chart, so the system cannot change here; give the sizes&apos; measurements in the file instead</source>
        <translation>出品 {listing}：サイズが {system} サイズ表の表記なので、ここではサイズ体系を変更できません。代わりにファイルで各サイズの寸法を指定してください</translation>
    </message>
    <message>
        <source>size {label}: its ranges come from a chart or from garment measurements</source>
        <translation>サイズ {label}：範囲はサイズ表または製品寸法から決まります</translation>
    </message>
    <message>
        <source>size {label}: {value} cm is not a plausible body {dimension}; expected {low} to {high} cm</source>
        <translation>サイズ {label}：{value} cm は身体の{dimension}として妥当ではありません。想定範囲は {low}～{high} cm です</translation>
    </message>
    <message>
        <source>size {label}: the minimum {low} cm must stay below the maximum {high} cm</source>
        <translation>サイズ {label}：最小 {low} cm は最大 {high} cm より小さくしてください</translation>
    </message>
    <message>
        <source>the sheet is empty</source>
        <translation>シートが空です</translation>
    </message>
    <message>
        <source>no measurement found: expected headers such as Chest, Waist, Hip, Inseam (or 胸围, 腰围, 臀围) beside the size labels</source>
        <translation>寸法が見つかりません：サイズ表記の隣に Chest、Waist、Hip、Inseam（または胸围、腰围、臀围）などの見出しが必要です</translation>
    </message>
    <message>
        <source>no size labels found: expected a column (or row) of sizes such as Size, US, UK, EU</source>
        <translation>サイズ表記が見つかりません：Size、US、UK、EU などのサイズの列（または行）が必要です</translation>
    </message>
    <message>
        <source>no sizes under the header</source>
        <translation>見出し行の下にサイズがありません</translation>
    </message>
    <message>
        <source>the chart has no {system} labels; it has {systems}</source>
        <translation>サイズ表に {system} 表記はありません。あるのは {systems} です</translation>
    </message>
    <message>
        <source>no ease is known for garment {dimensions}, so Sizer cannot tell the body they fit; import a body-measurement chart, or one with {known}</source>
        <translation>製品の {dimensions} のゆとりが不明なため、Sizer は合う体の寸法を判断できません。身体寸法のサイズ表か、{known} を含むサイズ表を取り込んでください</translation>
    </message>
    <message>
        <source>size {label} appears twice in the chart&apos;s {system} labels</source>
        <translation>サイズ {label} がサイズ表の {system} 表記に 2 回出てきます</translation>
    </message>
    <message>
        <source>the chart has no sizes with {system} labels</source>
        <translation>サイズ表に {system} 表記のサイズがありません</translation>
    </message>
    <message>
        <source>chart id {chart_id}: lower-case letters, digits and _ only</source>
        <translation>サイズ表 ID {chart_id}：使えるのは小文字の英字、数字、_ だけです</translation>
    </message>
    <message>
        <source>a garment chart becomes body ranges through a category&apos;s ease: give its category</source>
        <translation>製品寸法のサイズ表は、カテゴリのゆとりを使って身体寸法の範囲に換算します：カテゴリを指定してください</translation>
    </message>
    <message>
        <source>{label}: no such file</source>
        <translation>{label}：ファイルがありません</translation>
    </message>
    <message>
        <source>Give the path of a JPEG or PNG photo.</source>
        <translation>JPEG または PNG の写真のパスを指定してください。</translation>
    </message>
    <message>
        <source>{label}: the file is empty</source>
        <translation>{label}：ファイルが空です</translation>
    </message>
    <message>
        <source>Take or export the photo again.</source>
        <translation>写真を撮り直すか、書き出し直してください。</translation>
    </message>
    <message>
        <source>{label}: the file is {mb} MB, too large</source>
        <translation>{label}：ファイルが {mb} MB あり、大きすぎます</translation>
    </message>
    <message>
        <source>Use a normal camera photo (JPEG or PNG under 80 MB).</source>
        <translation>通常のカメラ写真（80 MB 未満の JPEG または PNG）を使ってください。</translation>
    </message>
    <message>
        <source>{label}: {width}x{height} pixels is too large</source>
        <translation>{label}：{width}x{height} ピクセルは大きすぎます</translation>
    </message>
    <message>
        <source>Use a photo of at most 64 megapixels.</source>
        <translation>6400 万画素以下の写真を使ってください。</translation>
    </message>
    <message>
        <source>{label}: not a readable image</source>
        <translation>{label}：読み込める画像ではありません</translation>
    </message>
    <message>
        <source>Use a JPEG or PNG photo (8-bit colour).</source>
        <translation>JPEG または PNG の写真（8 ビットカラー）を使ってください。</translation>
    </message>
    <message>
        <source>{label}: {bits}-bit image</source>
        <translation>{label}：{bits} ビットの画像です</translation>
    </message>
    <message>
        <source>Export the photo as an ordinary 8-bit JPEG or PNG.</source>
        <translation>写真を通常の 8 ビット JPEG または PNG として書き出してください。</translation>
    </message>
    <message>
        <source>{label}: a greyscale image</source>
        <translation>{label}：グレースケールの画像です</translation>
    </message>
    <message>
        <source>Use a colour photo: the person is found by colour against the background.</source>
        <translation>カラー写真を使ってください：人物は背景との色の違いで検出します。</translation>
    </message>
    <message>
        <source>{label}: {width}x{height} pixels is too small</source>
        <translation>{label}：{width}x{height} ピクセルは小さすぎます</translation>
    </message>
    <message>
        <source>Use a photo at least {pixels} pixels on its short side.</source>
        <translation>短辺が {pixels} ピクセル以上の写真を使ってください。</translation>
    </message>
    <message>
        <source>{label}: a CMYK (print) image</source>
        <translation>{label}：CMYK（印刷用）の画像です</translation>
    </message>
    <message>
        <source>Export the photo in RGB colour (as a camera saves it).</source>
        <translation>写真を RGB カラーで書き出してください（カメラが保存する形式です）。</translation>
    </message>
    <message>
        <source>cannot open {what}</source>
        <translation>{what}を開けません</translation>
    </message>
    <message>
        <source>camera {number} (device {index})</source>
        <translation>カメラ {number}（デバイス {index}）</translation>
    </message>
    <message>
        <source>video {path}</source>
        <translation>動画 {path}</translation>
    </message>
    <message>
        <source>Check that it exists and no other program is using it.</source>
        <translation>存在すること、およびほかのプログラムが使用していないことを確認してください。</translation>
    </message>
    <message>
        <source>{path}: no such video file</source>
        <translation>{path}：動画ファイルがありません</translation>
    </message>
    <message>
        <source>Give the path of a video file.</source>
        <translation>動画ファイルのパスを指定してください。</translation>
    </message>
    <message>
        <source>{folder}: no images found</source>
        <translation>{folder}：画像が見つかりません</translation>
    </message>
    <message>
        <source>Put {suffixes} files in it.</source>
        <translation>そこに {suffixes} ファイルを入れてください。</translation>
    </message>
    <message>
        <source>{path}: cannot measure this {view} photo ({reasons})</source>
        <translation>{path}：この{view}の写真は採寸できません（{reasons}）</translation>
    </message>
    <message>
        <source>front</source>
        <translation>正面</translation>
    </message>
    <message>
        <source>side</source>
        <translation>横向き</translation>
    </message>
    <message>
        <source>a stature of {stature} cm is not plausible</source>
        <translation>身長 {stature} cm は妥当ではありません</translation>
    </message>
    <message>
        <source>Give the height in centimetres, {low} to {high}.</source>
        <translation>身長をセンチメートルで入力してください（{low}～{high}）。</translation>
    </message>
    <message>
        <source>the person&apos;s height is needed for the scale</source>
        <translation>縮尺を決めるために身長が必要です</translation>
    </message>
    <message>
        <source>Give the height in cm, or hold a printed marker or ID card in the front photo.</source>
        <translation>身長を cm で入力するか、正面の写真で印刷したマーカーまたは ID カードを持ってください。</translation>
    </message>
    <message>
        <source>the {reference} gives an implausible height ({height} cm)</source>
        <translation>{reference}から求めた身長が妥当ではありません（{height} cm）</translation>
    </message>
    <message>
        <source>Hold it flat on your stomach, facing the camera, and check its printed size.</source>
        <translation>カメラに向けてお腹に平らに当て、印刷されたサイズを確認してください。</translation>
    </message>
    <message>
        <source>printed marker</source>
        <translation>印刷したマーカー</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>ID カード</translation>
    </message>
    <message>
        <source>the photos gave an implausible {dimension} ({value} cm)</source>
        <translation>写真から求めた{dimension}が妥当ではありません（{value} cm）</translation>
    </message>
    <message>
        <source>Retake both photos: whole body in view, plain background, tight clothes, arms slightly away.</source>
        <translation>両方の写真を撮り直してください：全身が写り、背景は無地、体にぴったりした服で、腕を体から少し離します。</translation>
    </message>
    <message>
        <source>loose clothes: the girths cannot be measured</source>
        <translation>ゆったりした服：周囲長を測れません</translation>
    </message>
    <message>
        <source>Loose clothes hide the body&apos;s shape, so the girths would read several centimetres too big. Change into a fitted top and leggings (or underwear) and measure again, or measure with a tape following the illustrated measuring guide.</source>
        <translation>ゆったりした服は体の形を隠すため、周囲長が数センチ大きく測られてしまいます。フィットするトップスとレギンス（または下着）に着替えて測り直すか、図解付きの採寸ガイドに従ってメジャーで測ってください。</translation>
    </message>
    <message>
        <source>the silhouette shows loose clothing (a hem, a waist as deep as the chest)</source>
        <translation>シルエットにゆったりした服が見られます（裾がある、ウエストの厚みが胸と同じ）</translation>
    </message>
    <message>
        <source>the capture is not finished</source>
        <translation>撮影が終わっていません</translation>
    </message>
    <message>
        <source>Hold still facing the camera, then side-on ({step} now).</source>
        <translation>カメラの方を向いて静止し、次に横向きで静止してください（現在：{step}）。</translation>
    </message>
    <message>
        <source>the torso could not be traced in the photos</source>
        <translation>写真から胴体の輪郭をたどれませんでした</translation>
    </message>
    <message>
        <source>Stand against a plain background, arms slightly away from the body.</source>
        <translation>無地の背景の前に立ち、腕を体から少し離してください。</translation>
    </message>
    <message>
        <source>the front view is turned {degrees} degrees from the camera</source>
        <translation>正面の画像がカメラから {degrees} 度ずれています</translation>
    </message>
    <message>
        <source>Face the camera squarely for the front view (feet and shoulders square to it).</source>
        <translation>正面の撮影では、カメラに真正面から向いてください（足と肩をカメラに正対させます）。</translation>
    </message>
    <message>
        <source>the side view is {degrees} degrees off side-on</source>
        <translation>横向きの画像が真横から {degrees} 度ずれています</translation>
    </message>
    <message>
        <source>Turn exactly a quarter turn for the side view: one shoulder pointing at the camera.</source>
        <translation>横向きの撮影では、ちょうど 90 度回ってください：片方の肩がカメラを向くようにします。</translation>
    </message>
    <message>
        <source>the {girth} read {value} cm where the other girths of a real body would put it near {predicted} cm</source>
        <translation>{girth}が {value} cm と測定されましたが、実際の体のほかの周囲長からは {predicted} cm 前後になるはずです</translation>
    </message>
    <message>
        <source>Measure again: face the camera squarely, then turn exactly side-on; arms a hand&apos;s width from the body; fitted clothes; the camera at chest height, 2-3 m away.</source>
        <translation>測り直してください：まずカメラに真正面から向き、次にちょうど真横を向きます。腕は体から手のひら 1 つ分離し、体にフィットする服を着て、カメラは胸の高さ、2～3 m 離れた位置に置いてください。</translation>
    </message>
    <message>
        <source>{what} was not found in the front photo</source>
        <translation>正面の写真に{what}が見つかりません</translation>
    </message>
    <message>
        <source>the printed marker</source>
        <translation>印刷したマーカー</translation>
    </message>
    <message>
        <source>an ID card (85.6 x 54 mm)</source>
        <translation>ID カード（85.6 x 54 mm）</translation>
    </message>
    <message>
        <source>Hold it flat against your stomach, facing the camera, fully visible and unbent.</source>
        <translation>曲げずに全体が見えるようにして、カメラに向けてお腹に平らに当ててください。</translation>
    </message>
    <message>
        <source>No person was found. Stand 2-3 m from the camera, in good light, against a plain wall.</source>
        <translation>人物が見つかりません。明るい場所で、無地の壁の前に、カメラから 2～3 m 離れて立ってください。</translation>
    </message>
    <message>
        <source>More than one person is in the picture. Only the person to be measured may be in view.</source>
        <translation>画面に複数の人が映っています。測定する人だけが映るようにしてください。</translation>
    </message>
    <message>
        <source>The whole body must be in the picture, from the top of the head to the feet, with a little space around it. Step back or lower the zoom.</source>
        <translation>頭のてっぺんから足まで、周りに少し余白を残して全身が画面に入る必要があります。下がるか、ズームを下げてください。</translation>
    </message>
    <message>
        <source>The person is too small in the picture. Step closer: the body should fill at least half of the picture&apos;s height.</source>
        <translation>画面に映る人が小さすぎます。近づいてください：体が画面の高さの半分以上を占めるようにします。</translation>
    </message>
    <message>
        <source>The person is too close. Step back until there is space above the head and below the feet.</source>
        <translation>カメラに近すぎます。頭の上と足の下にすき間ができるまで下がってください。</translation>
    </message>
    <message>
        <source>Stand upright, feet slightly apart, looking ahead (not seated or bending).</source>
        <translation>足を少し開き、まっすぐ前を向いて立ってください（座ったりかがんだりしないでください）。</translation>
    </message>
    <message>
        <source>This is not a front view. Face the camera squarely for the front photo.</source>
        <translation>正面の画像ではありません。正面の写真では、カメラに真正面から向いてください。</translation>
    </message>
    <message>
        <source>This is not a side view. Turn 90 degrees so that your side faces the camera.</source>
        <translation>横向きの画像ではありません。90 度回って、体の横をカメラに向けてください。</translation>
    </message>
    <message>
        <source>The person faces away from the camera. Face the camera for the front photo.</source>
        <translation>カメラに背を向けています。正面の写真ではカメラの方を向いてください。</translation>
    </message>
    <message>
        <source>Hold the arms slightly away from the body (a hand&apos;s width), so the waist shows.</source>
        <translation>ウエストが見えるように、腕を体から少し（手のひら 1 つ分）離してください。</translation>
    </message>
    <message>
        <source>The picture is too dark. Turn on more light, facing the person.</source>
        <translation>画像が暗すぎます。人の正面から照らす明かりを増やしてください。</translation>
    </message>
    <message>
        <source>The picture is overexposed. Avoid a window or a lamp behind or straight at the person.</source>
        <translation>画像が明るすぎます（露出オーバー）。人の後ろや正面に窓や照明がないようにしてください。</translation>
    </message>
    <message>
        <source>no person</source>
        <translation>人物なし</translation>
    </message>
    <message>
        <source>several people</source>
        <translation>複数の人</translation>
    </message>
    <message>
        <source>body cut off</source>
        <translation>体が切れている</translation>
    </message>
    <message>
        <source>too far</source>
        <translation>遠すぎ</translation>
    </message>
    <message>
        <source>too close</source>
        <translation>近すぎ</translation>
    </message>
    <message>
        <source>not upright</source>
        <translation>まっすぐ立っていない</translation>
    </message>
    <message>
        <source>expected front</source>
        <translation>正面ではない</translation>
    </message>
    <message>
        <source>expected side</source>
        <translation>横向きではない</translation>
    </message>
    <message>
        <source>facing away</source>
        <translation>後ろ向き</translation>
    </message>
    <message>
        <source>arms against body</source>
        <translation>腕が体に付いている</translation>
    </message>
    <message>
        <source>too dark</source>
        <translation>暗すぎ</translation>
    </message>
    <message>
        <source>too bright</source>
        <translation>明るすぎ</translation>
    </message>
    <message>
        <source>empty; expected a whole number</source>
        <translation>空欄です。整数を入力してください</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} は整数ではありません</translation>
    </message>
    <message>
        <source>{value} is below {minimum}; expected a whole number of at least {minimum}</source>
        <translation>{value} は {minimum} 未満です。{minimum} 以上の整数を入力してください</translation>
    </message>
    <message>
        <source>empty; expected a date such as 2024-03-05, 2024-03-05 10:11:12, 05-03-2024 or 05.03.2024</source>
        <translation>空欄です。2024-03-05、2024-03-05 10:11:12、05-03-2024、05.03.2024 のような日付を入力してください</translation>
    </message>
    <message>
        <source>{value} is not a date such as 2024-03-05, 2024-03-05 10:11:12, 05-03-2024 or 05.03.2024</source>
        <translation>{value} は 2024-03-05、2024-03-05 10:11:12、05-03-2024、05.03.2024 のような日付ではありません</translation>
    </message>
    <message>
        <source>empty; every line needs its listing</source>
        <translation>空欄です。各明細に出品が必要です</translation>
    </message>
    <message>
        <source>listing {listing} is not in the catalogue{did_you_mean}</source>
        <translation>出品 {listing} は商品カタログにありません{did_you_mean}</translation>
    </message>
    <message>
        <source>{value} is not a size of {listing}; valid: {labels}</source>
        <translation>{value} は {listing} のサイズではありません。有効なサイズ：{labels}</translation>
    </message>
    <message>
        <source>no order lines under the header</source>
        <translation>見出し行の下に注文明細がありません</translation>
    </message>
    <message>
        <source>empty; every line needs its order</source>
        <translation>空欄です。各明細に注文が必要です</translation>
    </message>
    <message>
        <source>unknown orders layout {layout}; valid: {layouts}</source>
        <translation>注文の構成 {layout} は不明です。有効な値：{layouts}</translation>
    </message>
    <message>
        <source>the columns are not Sizer&apos;s, Shopify&apos;s or Amazon&apos;s: map them once (sizer returns analyse --map FIELD=COLUMN ..., or the column dialog in the app) with FIELD one of {fields}; required: {required}. The file&apos;s columns: {columns}</source>
        <translation>列が Sizer、Shopify、Amazon のいずれの形式でもありません：一度マッピングしてください（sizer returns analyse --map FIELD=COLUMN ...、またはアプリの列ダイアログ）。FIELD は次のいずれかです：{fields}。必須：{required}。ファイルの列：{columns}</translation>
    </message>
    <message>
        <source>unknown column{did_you_mean}; valid: {fields} (another layout: give a column mapping)</source>
        <translation>不明な列です{did_you_mean}。有効な列：{fields}（ほかの構成の場合は列のマッピングを指定してください）</translation>
    </message>
    <message>
        <source>required column missing; an orders file needs {fields}</source>
        <translation>必須の列がありません。注文ファイルには {fields} が必要です</translation>
    </message>
    <message>
        <source>the mapping takes {field} from column {column}, which the file does not have; its columns: {columns}</source>
        <translation>マッピングでは {field} を列 {column} から読みますが、ファイルにその列がありません。ファイルの列：{columns}</translation>
    </message>
    <message>
        <source>{what} matches no listing and size of the catalogue; SKUs are read as &lt;listing_id&gt;-&lt;size&gt; (or with _ / . space or nothing between){names_hint}</source>
        <translation>{what} は商品カタログのどの出品・サイズにも一致しません。SKU は &lt;listing_id&gt;-&lt;size&gt; として読み取ります（間は _ / . 空白でも、区切りなしでも可）{names_hint}</translation>
    </message>
    <message>
        <source>, item names as &apos;&lt;title&gt; - &lt;size&gt;&apos; (or &apos;&lt;title&gt; - &lt;size&gt; / &lt;colour&gt;&apos;)</source>
        <translation>、商品名は &apos;&lt;title&gt; - &lt;size&gt;&apos;（または &apos;&lt;title&gt; - &lt;size&gt; / &lt;colour&gt;&apos;）として読み取ります</translation>
    </message>
    <message>
        <source>SKU {sku}</source>
        <translation>SKU の値 {sku}</translation>
    </message>
    <message>
        <source>an empty SKU</source>
        <translation>空の SKU</translation>
    </message>
    <message>
        <source>{what} (item {name})</source>
        <translation>{what}（商品 {name}）</translation>
    </message>
    <message>
        <source>required column of {what} missing (looked for {names})</source>
        <translation>{what}の必須の列がありません（探した列名：{names}）</translation>
    </message>
    <message>
        <source>unknown orders field {field}{did_you_mean}
valid fields: {fields}</source>
        <translation>注文の項目 {field} は不明です{did_you_mean}
有効な項目：{fields}</translation>
    </message>
    <message>
        <source>; did you mean {suggestions}?</source>
        <translation>。{suggestions} のことですか？</translation>
    </message>
    <message>
        <source>--map {pair}: expected FIELD=COLUMN, e.g. size_label=Size</source>
        <translation>--map {pair}：FIELD=COLUMN の形式で指定してください（例：size_label=Size）</translation>
    </message>
    <message>
        <source>cannot read the remembered column mappings: {detail}; delete the file to start afresh</source>
        <translation>記憶した列のマッピングを読み込めません：{detail}。最初からやり直すには、そのファイルを削除してください</translation>
    </message>
    <message>
        <source>open an orders file first</source>
        <translation>先に注文ファイルを開いてください</translation>
    </message>
    <message>
        <source>nothing to correct: no flagged size is selected</source>
        <translation>補正するものがありません：フラグ付きのサイズが選ばれていません</translation>
    </message>
    <message>
        <source>the bundled sample catalogue is never overwritten: choose where to save the corrected one</source>
        <translation>付属のサンプルカタログは上書きしません：補正した商品カタログの保存先を選んでください</translation>
    </message>
    <message>
        <source>no correction to undo</source>
        <translation>取り消す補正がありません</translation>
    </message>
    <message>
        <source>a Shopify orders export</source>
        <translation>Shopify の注文の書き出し</translation>
    </message>
    <message>
        <source>a Shopify returns file</source>
        <translation>Shopify の返品ファイル</translation>
    </message>
    <message>
        <source>an Amazon All Orders report</source>
        <translation>Amazon の全注文レポート</translation>
    </message>
    <message>
        <source>an Amazon customer returns report</source>
        <translation>Amazon の返品レポート</translation>
    </message>
    <message>
        <source>no line of order {order} with SKU {sku} in the orders file</source>
        <translation>注文ファイルに、注文 {order} の SKU {sku} の明細がありません</translation>
    </message>
    <message>
        <source>{value} is not a whole number of at least 1</source>
        <translation>{value} は 1 以上の整数ではありません</translation>
    </message>
    <message>
        <source>column {column}: unknown target {target}; valid: {targets}, option&lt;n&gt;_name/_value, or a measurement (&lt;dimension&gt;_min, _max, _range, garment_&lt;dimension&gt;, add _in for inches)</source>
        <translation>列 {column}：対象 {target} は不明です。有効な値：{targets}、option&lt;n&gt;_name/_value、または寸法（&lt;dimension&gt;_min、_max、_range、garment_&lt;dimension&gt;、インチは _in を付ける）</translation>
    </message>
    <message>
        <source>constant {name}: only {fields} can be set for every row</source>
        <translation>定数 {name}：すべての行に共通で設定できるのは {fields} だけです</translation>
    </message>
    <message>
        <source>no column is the listing id (e.g. Handle, parent_sku, 款号); choose one</source>
        <translation>出品 ID の列がありません（例：Handle、parent_sku、款号）。1 つ選んでください</translation>
    </message>
    <message>
        <source>no column is the title (e.g. Title, item_name, 商品名称); choose one</source>
        <translation>タイトルの列がありません（例：Title、item_name、商品名称）。1 つ選んでください</translation>
    </message>
    <message>
        <source>no column is the size (e.g. Size, Option1 Value, size_name, 尺码); choose one</source>
        <translation>サイズの列がありません（例：Size、Option1 Value、size_name、尺码）。1 つ選んでください</translation>
    </message>
    <message>
        <source>no category: choose the column that holds it, or one category for every row</source>
        <translation>カテゴリがありません：カテゴリの列を選ぶか、すべての行に共通のカテゴリを 1 つ選んでください</translation>
    </message>
    <message>
        <source> (SKUs {skus})</source>
        <translation>（SKU {skus}）</translation>
    </message>
    <message>
        <source>language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>units</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>dimension</source>
        <translation>寸法</translation>
    </message>
    <message>
        <source>dimensions</source>
        <translation>寸法</translation>
    </message>
    <message>
        <source>listing</source>
        <translation>出品</translation>
    </message>
    <message>
        <source>listings</source>
        <translation>出品</translation>
    </message>
    <message>
        <source>category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>categories</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>fit</source>
        <translation>フィット</translation>
    </message>
    <message>
        <source>stretch</source>
        <translation>伸縮性</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>%1 size systems</source>
        <translation>%1 のサイズ体系</translation>
    </message>
    <message>
        <source>%1 size system</source>
        <translation>%1 のサイズ体系</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a code a file holds, then its name</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <source>header</source>
        <translation>見出し行</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>列 %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>・</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 の問題：%2</translation>
    </message>
    <message>
        <source>field %1</source>
        <translation>項目 %1</translation>
    </message>
    <message>
        <source>{owner} has no {kind} {value}; its {kinds}: {choices}</source>
        <translation>{owner} には{kind} {value} がありません。{kinds}：{choices}</translation>
    </message>
    <message>
        <source>{value} {unit} is not a plausible {dimension}; expected {expected}{hint}</source>
        <translation>{value} {unit} は{dimension}として妥当ではありません。{expected} のはずです{hint}</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>{line} 行目、{column} 列目</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source> (1 valid row; accept it with --accept-valid-rows)</source>
        <translation>（有効な行が 1 行あります。--accept-valid-rows で取り込めます）</translation>
    </message>
    <message>
        <source>unknown people file format {suffix}; valid: {valid}</source>
        <translation>不明な人物ファイル形式 {suffix} です。有効な形式：{valid}</translation>
    </message>
    <message>
        <source>not UTF-8 text (at byte {at}); save it as CSV UTF-8 (Excel: Save as, CSV UTF-8)</source>
        <translation>UTF-8 テキストではありません（{at} バイト目）。CSV UTF-8 で保存してください（Excel：名前を付けて保存 → CSV UTF-8）</translation>
    </message>
    <message>
        <source>empty; expected a header row with an id column and measurement columns</source>
        <translation>空です。id 列と採寸値の列を含む見出し行が必要です</translation>
    </message>
    <message>
        <source>no people under the header</source>
        <translation>見出しの下に人がいません</translation>
    </message>
    <message>
        <source>no id column; name one of {names}</source>
        <translation>id 列がありません。次のいずれかの名前にしてください：{names}</translation>
    </message>
    <message>
        <source>unknown column{did_you_mean}; valid: an id column ({ids}), a measurement named after its dimension (chest_girth in cm, chest_girth_in in inches), &lt;dimension&gt;_uncertainty in cm, fit_preference, segment</source>
        <translation>不明な列です{did_you_mean}。有効な列：id 列（{ids}）、部位の名前の採寸値（chest_girth は cm、chest_girth_in はインチ）、&lt;dimension&gt;_uncertainty（cm）、fit_preference、segment</translation>
    </message>
    <message>
        <source>no measurement columns; name them after the dimensions: {dimensions}</source>
        <translation>採寸値の列がありません。部位の名前を付けてください：{dimensions}</translation>
    </message>
    <message>
        <source>empty; every person needs an id</source>
        <translation>空です。どの人にも id が必要です</translation>
    </message>
    <message>
        <source>{person} is already on {where}; every person once</source>
        <translation>{person} はすでに{where}にあります。1 人 1 回にしてください</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>{line} 行目</translation>
    </message>
    <message>
        <source>person {person} has no measurements; give at least one</source>
        <translation>{person} に採寸値がありません。1 つ以上入力してください</translation>
    </message>
    <message>
        <source>{slip} the column is in cm: {value}</source>
        <translation>{slip}この列は cm です：{value}</translation>
    </message>
    <message>
        <source>{slip} then name the column {column}</source>
        <translation>{slip}それなら列名を {column} にしてください</translation>
    </message>
    <message>
        <source>not valid JSON (at column {column}); a line holds one person, e.g. {&quot;id&quot;: 17, &quot;measurements_cm&quot;: {&quot;chest_girth&quot;: 96}}</source>
        <translation>有効な JSON ではありません（{column} 列目）。1 行に 1 人です（例：{&quot;id&quot;: 17, &quot;measurements_cm&quot;: {&quot;chest_girth&quot;: 96}}）</translation>
    </message>
    <message>
        <source>not a person: a line holds one JSON object, e.g. {&quot;id&quot;: 17, &quot;measurements_cm&quot;: {&quot;chest_girth&quot;: 96}}</source>
        <translation>人のデータではありません。1 行に JSON オブジェクトを 1 つ書きます（例：{&quot;id&quot;: 17, &quot;measurements_cm&quot;: {&quot;chest_girth&quot;: 96}}）</translation>
    </message>
    <message>
        <source>every person needs an id, e.g. &quot;id&quot;: 17</source>
        <translation>どの人にも id が必要です（例：&quot;id&quot;: 17）</translation>
    </message>
    <message>
        <source>{owner} has no {kind} {value}
its {kinds}: {choices}</source>
        <translation>{owner} には{kind} {value} がありません
{kinds}：{choices}</translation>
    </message>
    <message>
        <source>size type</source>
        <translation>サイズタイプ</translation>
    </message>
    <message>
        <source>size types</source>
        <translation>サイズタイプ</translation>
    </message>
    <message>
        <source>size system</source>
        <translation>サイズ体系</translation>
    </message>
    <message>
        <source>size systems</source>
        <translation>サイズ体系</translation>
    </message>
    <message>
        <source>the {channel} file is not written: two sizes of one listing would be the same variant there ({details}); give each size its own label in the catalogue, then export again</source>
        <translation>{channel} のファイルは書き出していません：ひとつの商品のふたつのサイズがそこで同じバリエーションになります（{details}）。カタログで各サイズに別の表記を付けてから、もう一度書き出してください</translation>
    </message>
    <message>
        <source>; {value} looks like half a girth, measured across the garment laid flat: give the whole girth ({doubled} cm), or import the chart with Brand chart…, which doubles laid-flat widths</source>
        <translation>；{value} は平置きで測った半周のようです：全周（{doubled} cm）を入力するか、平置きの幅を二倍にする「ブランドサイズ表…」で表を読み込んでください</translation>
    </message>
    <message>
        <source>rows {rows}</source>
        <translation>{rows}行目</translation>
    </message>
    <message>
        <source>rows {rows} and {more} more</source>
        <translation>{rows}行目ほか{more}行</translation>
    </message>
    <message>
        <source>{path} is your own file, imported through a column mapping: saving over it would replace its columns with Sizer&apos;s. Choose a new file name.</source>
        <translation>{path}は列のマッピングで読み込んだお客様のファイルです。上書きすると列が Sizer の列に置き換わります。新しいファイル名を選んでください。</translation>
    </message>
    <message>
        <source>{path} is the workbook this catalogue was read from, and it has other sheets: saving over it would delete them. Choose a new file name.</source>
        <translation>{path}はこのカタログの読み込み元のブックで、ほかのシートがあります。上書きするとそれらが消えます。新しいファイル名を選んでください。</translation>
    </message>
    <message>
        <source>{path} is the file this catalogue was imported from, and the rows with problems were left out: saving over it would delete them. Choose a new file name (fix the rows in the original and open it again to import them too).</source>
        <translation>{path}はこのカタログの読み込み元で、問題のある行は除外されています。上書きするとそれらの行が消えます。新しいファイル名を選んでください（元のファイルで行を直して開き直せば、それらも読み込めます）。</translation>
    </message>
    <message>
        <source>{field} for every row: Sizer does not know {value}; valid: {valid}</source>
        <translation>全行の{field}：Sizer は{value}を知りません。有効な値：{valid}</translation>
    </message>
    <message>
        <source>size system {system} for every row: the charts of {categories} have no labels in it; choose another, or leave it empty for the brand&apos;s own labels</source>
        <translation>全行のサイズ体系{system}：{categories}のサイズ表にはこの体系のサイズがありません。別の体系を選ぶか、空欄にしてブランド独自のサイズ表記を使ってください</translation>
    </message>
    <message>
        <source>category {text}: Sizer does not know {value}; choose a Sizer category or not sized</source>
        <translation>カテゴリ{text}：Sizer は{value}を知りません。Sizer のカテゴリか「サイズなし」を選んでください</translation>
    </message>
    <message>
        <source>Category (every row)</source>
        <translation>カテゴリ（全行）</translation>
    </message>
    <message>
        <source>Size system (every row)</source>
        <translation>サイズ体系（全行）</translation>
    </message>
    <message>
        <source>Fit (every row)</source>
        <translation>フィット（全行）</translation>
    </message>
    <message>
        <source>Stretch (every row)</source>
        <translation>伸縮性（全行）</translation>
    </message>
    <message>
        <source>{listing}: sizes {sizes}{rows} would all be {value}</source>
        <translation>{listing}：サイズ {sizes}{rows}はすべて {value} になります</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} と {second}</translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <translation>{first}。{second}</translation>
    </message>
    <message>
        <source>the brand&apos;s own labels</source>
        <translation>ブランド独自の表記</translation>
    </message>
    <message>
        <source>size {sizes} has no {system} equivalent in the {category} chart</source>
        <translation>サイズ {sizes} には {category} のサイズ表で対応する {system} のサイズがありません</translation>
    </message>
    <message>
        <source>sizes {sizes} have no {system} equivalent in the {category} chart</source>
        <translation>サイズ {sizes} には {category} のサイズ表で対応する {system} のサイズがありません</translation>
    </message>
    <message>
        <source>sizes {sizes} would all be {system} {label}</source>
        <translation>サイズ {sizes} はすべて {system} {label} になります</translation>
    </message>
    <message>
        <source>{listing}: sizes {first} and {second} are both {label} with the same ranges: one row</source>
        <translation>{listing}：サイズ {first} と {second} はどちらも {label} で範囲も同じため、1 行にまとめました</translation>
    </message>
    <message>
        <source>{listing}: Amazon keeps one size chart per brand, department and product type, but this listing&apos;s size table differs from {listings} ({why}); it is written as a chart of its own ({chart}): upload the chart that fits your listings, or give them one size table</source>
        <translation>{listing}：Amazon はブランド、部門、商品タイプごとにサイズ表をひとつだけ持ちますが、この商品のサイズ表は {listings} と異なります（{why}）。そのため別のサイズ表（{chart}）として書き出しました。商品に合うサイズ表をアップロードするか、商品のサイズ表をひとつにそろえてください</translation>
    </message>
    <message>
        <source>its sizes are in {system}, the chart&apos;s in {chart_system}</source>
        <translation>その商品のサイズは {system}、サイズ表は {chart_system} です</translation>
    </message>
    <message>
        <source>size {label}: {dimension} {low}–{high} cm in {listing}, {other_low}–{other_high} cm in {other}</source>
        <translation>サイズ {label}：{dimension}が {listing} では {low}–{high} cm、{other} では {other_low}–{other_high} cm</translation>
    </message>
    <message>
        <source>together, size {label} of {listing} ({dimension} from {low} cm) and size {other_label} of {other} (from {other_low} cm) would be out of order</source>
        <translation>まとめると、{listing} のサイズ {label}（{dimension} {low} cm から）と {other} のサイズ {other_label}（{other_low} cm から）の順序が逆になります</translation>
    </message>
    <message>
        <source>their sizes overlap</source>
        <translation>サイズの範囲が重なっています</translation>
    </message>
    <message>
        <source>size-chart picture of {listing} ({width} x {height} px) written to {path}</source>
        <translation>{listing} のサイズ表の画像（{width} x {height} px）を {path} に書き出しました</translation>
    </message>
    <message>
        <source>{value} (listing {listing}) is Amazon&apos;s code for a size system, and which system it stands for is not published; write the system itself ({valid}) in this column, or set it for every row in the mapping (--constant size_system=US)</source>
        <translation>{value}（出品 {listing}）はサイズ体系を表す Amazon のコードで、どの体系を指すかは公開されていません。この列に体系そのもの（{valid}）を書くか、マッピングですべての行に設定してください（--constant size_system=US）</translation>
    </message>
    <message>
        <source>sizes {labels} of listing {listing} ({rows}) name one size: imported as one size, {label}, keeping every SKU</source>
        <translation>出品 {listing} のサイズ {labels}（{rows}）は同じサイズです。1 つのサイズ {label} として、すべての SKU とともに取り込みました</translation>
    </message>
    <message>
        <source>sizes {labels} of listing {listing} ({rows}) name one size but give different measurements; give them the same measurements, or write each as a size of its own</source>
        <translation>出品 {listing} のサイズ {labels}（{rows}）は同じサイズですが寸法が異なります。同じ寸法にするか、それぞれ別のサイズとして書いてください</translation>
    </message>
    <message>
        <source>%1 %2 labels</source>
        <translation>%1の %2 サイズ</translation>
    </message>
    <message>
        <source>%1 %2 label</source>
        <translation>%1の %2 サイズ</translation>
    </message>
    <message>
        <source>none of the chart&apos;s sizes ({chart}) is a size the listing sells ({listing}); to give the listing the chart&apos;s sizes instead, add the chart&apos;s sizes and remove the listing&apos;s</source>
        <translation>表のサイズ（{chart}）はどれも商品が販売しているサイズ（{listing}）ではありません。代わりに表のサイズを使うには、表のサイズを追加し、商品のサイズを削除してください</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>ドライブ</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>フォルダー</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>ファイルの場所(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>ファイルの種類(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Page &amp;Set:</source>
        <translation>ページセット(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>ResultsScreen</name>
    <message>
        <source>Your sizes</source>
        <translation>あなたのサイズ</translation>
    </message>
    <message>
        <source>Your measurements</source>
        <translation>あなたの寸法</translation>
    </message>
    <message>
        <source>Products on display</source>
        <translation>展示中の商品</translation>
    </message>
    <message>
        <source>Scan with your phone to keep your sizes</source>
        <translation>スマートフォンで読み取ってサイズを保存</translation>
    </message>
    <message>
        <source>Print my sizes</source>
        <translation>サイズを印刷</translation>
    </message>
    <message>
        <source>Done – start over</source>
        <translation>完了 – 最初に戻る</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← 前へ</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>次へ →</translation>
    </message>
    <message>
        <source>Products %1 of %2</source>
        <translation>商品 %1/%2</translation>
    </message>
</context>
<context>
    <name>ReturnsChart</name>
    <message>
        <source>Too small</source>
        <translation>小さすぎた</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>大きすぎた</translation>
    </message>
    <message>
        <source>Other reasons</source>
        <translation>その他の理由</translation>
    </message>
    <message>
        <source>Returned (% of orders)</source>
        <translation>返品率（注文に対する %）</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <source>Open &amp;orders…</source>
        <translation>注文を開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Catalogue…</source>
        <translation>商品カタログ(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Apply this correction</source>
        <translation>この補正を適用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Undo correction</source>
        <translation>補正を取り消す(&amp;U)</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>レポートを書き出す(&amp;R)…</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>出品</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>注文</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>フラグ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>確率</translation>
    </message>
    <message>
        <source>Offset (cm)</source>
        <translation>ずれ（cm）</translation>
    </message>
    <message>
        <source>Too small</source>
        <translation>小さすぎた</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>大きすぎた</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>返品</translation>
    </message>
    <message>
        <source>Catalogue to check</source>
        <translation>確認する商品カタログ</translation>
    </message>
    <message>
        <source>Catalogues %1;;All files (*)</source>
        <translation>商品カタログ %1;;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Open an orders file</source>
        <translation>注文ファイルを開く</translation>
    </message>
    <message>
        <source>Orders %1;;All files (*)</source>
        <translation>注文 %1;;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The orders could not be imported; nothing was changed.</source>
        <translation>注文を取り込めませんでした。何も変更していません。</translation>
    </message>
    <message numerus="yes">
        <source>Analysed %Ln order line(s); rows left out for problems: %1.</source>
        <translation>
            <numerusform>注文明細 %Ln 行を分析しました。問題があり除外した行：%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Analysed %Ln order line(s).</source>
        <translation>
            <numerusform>注文明細 %Ln 行を分析しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) in the orders; nothing was imported. Analyse the other rows and leave the rows with problems out?</source>
        <translation>
            <numerusform>注文に %Ln 件の問題があるため、何も取り込んでいません。問題のある行を除外して、ほかの行を分析しますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>Order lines: %1 · units: %2 · returned: %3 (too small: %4, too large: %5, other: %6). Sizes running small: %7, running large: %8, true to size: %9, not enough data yet: %10.</source>
        <translation>注文明細：%1 · 点数：%2 · 返品：%3（小さすぎ：%4、大きすぎ：%5、その他：%6）。小さめのサイズ：%7、大きめのサイズ：%8、標準どおり：%9、データ不足：%10。</translation>
    </message>
    <message numerus="yes">
        <source>Bought in the size Sizer recommended: %Ln unit(s), %1% kept.</source>
        <translation>
            <numerusform>Sizer のおすすめサイズで購入：%Ln 点、返品なし %1%。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sizer&apos;s advice was followed on %Ln unit(s); %1% of them were kept.</source>
        <translation>
            <numerusform>Sizer のおすすめに従った購入 %Ln 点のうち、%1% が返品されませんでした。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of %Ln order(s), %1 came back too small (%2%), %3 too large (%4%) and %5 for other reasons.</source>
        <translation>
            <numerusform>注文 %Ln 件のうち、小さすぎて返品 %1 件（%2%）、大きすぎて返品 %3 件（%4%）、その他の理由で返品 %5 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more were bought together with another size (bracketing) and are counted apart.</source>
        <translation>
            <numerusform>ほかに %Ln 件は別サイズとまとめて購入（サイズ比較買い）されたため、別に数えています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not enough data yet for size %1: about %Ln more order(s) would settle it.</source>
        <translation>
            <numerusform>サイズ %1 はまだデータが不足しています：あと約 %Ln 件の注文で判断できます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) written to %1; Undo puts the catalogue back.</source>
        <translation>
            <numerusform>%Ln 件の変更を %1 に書き込みました。「取り消し」で商品カタログを元に戻せます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Shopify returns (optional)</source>
        <translation>Shopify の返品（任意）</translation>
    </message>
    <message>
        <source>Amazon FBA customer returns report (optional)</source>
        <translation>Amazon FBA 返品レポート（任意）</translation>
    </message>
    <message>
        <source>Returns %1;;All files (*)</source>
        <translation>返品 %1;;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>the bundled sample catalogue</source>
        <translation>付属のサンプルカタログ</translation>
    </message>
    <message>
        <source>Open an orders file (Sizer&apos;s columns, a Shopify or Amazon export, or any CSV/XLSX with a column mapping) to find the sizes whose returns say the chart is wrong.</source>
        <translation>注文ファイル（Sizer の列構成、Shopify や Amazon の書き出し、または列マッピングした任意の CSV/XLSX）を開くと、返品からサイズ表が誤っているサイズを見つけます。</translation>
    </message>
    <message>
        <source>Catalogue: %1</source>
        <translation>商品カタログ：%1</translation>
    </message>
    <message>
        <source>Other sizes: %1% kept.</source>
        <translation>その他のサイズ：返品なし %1%。</translation>
    </message>
    <message>
        <source>Catalogue: %1 · Orders: %2</source>
        <translation>商品カタログ：%1 · 注文：%2</translation>
    </message>
    <message>
        <source>whole listing runs small</source>
        <translation>出品全体が小さめ</translation>
    </message>
    <message>
        <source>whole listing runs large</source>
        <translation>出品全体が大きめ</translation>
    </message>
    <message>
        <source>sizes flagged: %1</source>
        <translation>フラグ付きのサイズ：%1</translation>
    </message>
    <message>
        <source>runs small</source>
        <translation>小さめ</translation>
    </message>
    <message>
        <source>runs large</source>
        <translation>大きめ</translation>
    </message>
    <message>
        <source>true to size</source>
        <translation>標準どおり</translation>
    </message>
    <message>
        <source>not enough data</source>
        <translation>データ不足</translation>
    </message>
    <message>
        <source>The whole listing runs small: every size fits bodies about %1 cm smaller than its chart says.</source>
        <translation>出品全体が小さめです：どのサイズも、サイズ表より約 %1 cm 小さい体に合います。</translation>
    </message>
    <message>
        <source>The whole listing runs large: every size fits bodies about %1 cm larger than its chart says.</source>
        <translation>出品全体が大きめです：どのサイズも、サイズ表より約 %1 cm 大きい体に合います。</translation>
    </message>
    <message>
        <source>Proposed body ranges (cm):</source>
        <translation>提案する身体寸法の範囲（cm）：</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>寸法</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>Size %1 runs small (probability %2%): it fits bodies about %3 cm smaller than its chart says. The correction moves its ranges down by that.</source>
        <translation>サイズ %1 は小さめです（確率 %2%）：サイズ表より約 %3 cm 小さい体に合います。補正でその分だけ範囲を下げます。</translation>
    </message>
    <message>
        <source>Size %1 runs large (probability %2%): it fits bodies about %3 cm larger than its chart says. The correction moves its ranges up by that.</source>
        <translation>サイズ %1 は大きめです（確率 %2%）：サイズ表より約 %3 cm 大きい体に合います。補正でその分だけ範囲を上げます。</translation>
    </message>
    <message>
        <source>Size %1 is true to size (probability %2%).</source>
        <translation>サイズ %1 は標準どおりです（確率 %2%）。</translation>
    </message>
    <message>
        <source>The catalogue has changes that are not saved: save or discard them on the Catalogue page first.</source>
        <translation>商品カタログに未保存の変更があります：先に「商品カタログ」ページで保存するか破棄してください。</translation>
    </message>
    <message>
        <source>The correction of %1 was undone.</source>
        <translation>%1 の補正を取り消しました。</translation>
    </message>
    <message>
        <source>Save the corrected catalogue</source>
        <translation>補正した商品カタログを保存</translation>
    </message>
    <message>
        <source>Catalogues (*.csv *.xlsx)</source>
        <translation>商品カタログ (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Export the returns report</source>
        <translation>返品レポートを書き出す</translation>
    </message>
    <message>
        <source>Report (*.html);;PDF (*.pdf);;CSV (*.csv);;Excel (*.xlsx)</source>
        <translation>レポート (*.html);;PDF (*.pdf);;CSV (*.csv);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose a report name ending in .html, .pdf, .csv or .xlsx.</source>
        <translation>.html、.pdf、.csv、.xlsx で終わるレポート名を指定してください。</translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation>レポートを書き込めませんでした。</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>レポートを %1 に書き込みました。</translation>
    </message>
    <message>
        <source>Orders with problems</source>
        <translation>問題のある注文</translation>
    </message>
</context>
<context>
    <name>SegmentChoice</name>
    <message>
        <source>Women</source>
        <translation>レディース</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>メンズ</translation>
    </message>
    <message>
        <source>Kids</source>
        <translation>キッズ</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Centimetres (cm)</source>
        <translation>センチメートル（cm）</translation>
    </message>
    <message>
        <source>Inches, decimal (in)</source>
        <translation>インチ、小数（in）</translation>
    </message>
    <message>
        <source>Inches, fractions (⅛ in)</source>
        <translation>インチ、分数（⅛ in）</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <source>Start in &amp;kiosk mode next time</source>
        <translation>次回はキオスクモードで起動(&amp;K)</translation>
    </message>
    <message>
        <source>Sizer then opens full screen for shoppers. Only the admin PIN leaves kiosk mode (tap the top-left corner five times, or press Ctrl+Alt+Shift+K).</source>
        <translation>Sizer は買い物客向けに全画面で開きます。キオスクモードを終了できるのは管理者 PIN だけです（左上隅を 5 回タップするか、Ctrl+Alt+Shift+K を押します）。</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>%1 to %2 digits. A PIN this short is not strong by itself: the kiosk makes each wrong try wait longer and locks the keypad for 30 minutes after %3 in a row. Kiosk mode does not start until a PIN is set.</source>
        <translation>%1～%2 桁。この長さの PIN だけでは強固ではありません：キオスクは誤入力のたびに待ち時間を延ばし、%3 回続けて誤るとキーパッドを 30 分ロックします。PIN を設定するまでキオスクモードは起動しません。</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>単位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L)：</translation>
    </message>
    <message>
        <source>Size &amp;systems shown by default:</source>
        <translation>既定で表示するサイズ体系(&amp;S)：</translation>
    </message>
    <message>
        <source>Kiosk admin &amp;PIN:</source>
        <translation>キオスク管理者 PIN(&amp;P)：</translation>
    </message>
    <message>
        <source>The PIN &amp;again:</source>
        <translation>PIN をもう一度(&amp;A)：</translation>
    </message>
    <message>
        <source>Settings are stored in %1</source>
        <translation>設定の保存先：%1</translation>
    </message>
    <message>
        <source>The kiosk PIN must be %1 to %2 digits.</source>
        <translation>キオスクの PIN は %1～%2 桁にしてください。</translation>
    </message>
    <message>
        <source>The two kiosk PINs differ.</source>
        <translation>2 つのキオスク PIN が一致しません。</translation>
    </message>
    <message>
        <source>Set a kiosk admin PIN first: kiosk mode does not start without one.</source>
        <translation>先にキオスク管理者 PIN を設定してください：PIN がないとキオスクモードは起動しません。</translation>
    </message>
    <message>
        <source>Default &amp;camera:</source>
        <translation>既定のカメラ(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>SizeGuideDialog</name>
    <message>
        <source>Web page snippet (desktop, with pictures)</source>
        <translation>Web ページ用スニペット（パソコン向け、図付き）</translation>
    </message>
    <message>
        <source>Web page snippet for phones</source>
        <translation>スマートフォン向け Web ページ用スニペット</translation>
    </message>
    <message>
        <source>Whole web page for phones</source>
        <translation>スマートフォン向けの Web ページ全体</translation>
    </message>
    <message>
        <source>Plain HTML for marketplaces that strip styles (Amazon)</source>
        <translation>スタイルを削除するマーケットプレイス向けのプレーン HTML（Amazon）</translation>
    </message>
    <message>
        <source>PDF to print</source>
        <translation>印刷用 PDF</translation>
    </message>
    <message>
        <source>Picture with the measuring guides (PNG)</source>
        <translation>採寸ガイド付きの画像（PNG）</translation>
    </message>
    <message>
        <source>Listing gallery picture (JPEG)</source>
        <translation>出品ギャラリー用画像（JPEG）</translation>
    </message>
    <message>
        <source>Listing gallery picture (PNG)</source>
        <translation>出品ギャラリー用画像（PNG）</translation>
    </message>
    <message>
        <source>Size guide of %1</source>
        <translation>%1 のサイズガイド</translation>
    </message>
    <message>
        <source>Centimetres</source>
        <translation>センチメートル</translation>
    </message>
    <message>
        <source>Inches</source>
        <translation>インチ</translation>
    </message>
    <message>
        <source>Both, side by side</source>
        <translation>両方を並べて</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>レター</translation>
    </message>
    <message>
        <source>Also show the labels of:</source>
        <translation>次の表記も表示：</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>単位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>形式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Paper (PDF):</source>
        <translation>用紙（PDF）(&amp;P)：</translation>
    </message>
    <message>
        <source>Picture &amp;size:</source>
        <translation>画像サイズ(&amp;S)：</translation>
    </message>
    <message>
        <source>The body measurement that decides the size comes first. Letter is proposed for listings sized in US sizes, A4 for the others.</source>
        <translation>サイズを決める身体寸法を最初に表示します。US サイズの出品にはレター、それ以外には A4 を提案します。</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>SizesModel</name>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>算出元</translation>
    </message>
    <message>
        <source>%1 min (%2)</source>
        <translation>%1最小（%2）</translation>
    </message>
    <message>
        <source>%1 max (%2)</source>
        <translation>%1最大（%2）</translation>
    </message>
    <message>
        <source>body ranges</source>
        <translation>身体寸法の範囲</translation>
    </message>
    <message>
        <source>garment + ease</source>
        <translation>製品寸法＋ゆとり</translation>
    </message>
    <message>
        <source>standard chart</source>
        <translation>標準サイズ表</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 は数値ではありません</translation>
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
        <translation>Sizer ユーザーガイド</translation>
    </message>
    <message>
        <source>Size charts (Ctrl+1)</source>
        <translation>サイズ表（Ctrl+1）</translation>
    </message>
    <message>
        <source>Pick a category and tick the size systems to show under Systems.</source>
        <translation>カテゴリを選び、「サイズ体系」で表示するサイズ体系にチェックを入れます。</translation>
    </message>
    <message>
        <source>Click a size, or type one under Find a size: its equivalents light up in every system, with the body measurements it stands for.</source>
        <translation>サイズをクリックするか「サイズを検索」に入力すると、すべてのサイズ体系で対応するサイズが強調表示され、そのサイズが表す身体寸法も表示されます。</translation>
    </message>
    <message>
        <source>Copy table (Ctrl+C) pastes into a spreadsheet; Export CSV writes the table with minimum and maximum as numbers.</source>
        <translation>「表をコピー」（Ctrl+C）でスプレッドシートに貼り付けられます。「CSV を書き出す」は最小値と最大値を数値として表を書き出します。</translation>
    </message>
    <message>
        <source>Measuring guides (Ctrl+2)</source>
        <translation>採寸ガイド（Ctrl+2）</translation>
    </message>
    <message>
        <source>Illustrated steps for every body measurement; print them or save them as PDF. Every “?” beside a measurement opens its guide.</source>
        <translation>すべての身体寸法について図解付きの手順があり、印刷や PDF 保存ができます。寸法の横の「?」を押すとそのガイドが開きます。</translation>
    </message>
    <message>
        <source>Measure (Ctrl+3)</source>
        <translation>採寸（Ctrl+3）</translation>
    </message>
    <message>
        <source>Type your height as you know it: 182 cm, 5 ft 11, 5&apos;11&quot; or 71 in. The line under it says what was understood.</source>
        <translation>身長はわかる形で入力してください：182 cm、5 ft 11、5&apos;11&quot;、71 in。下の行に読み取った値が表示されます。</translation>
    </message>
    <message>
        <source>Start the camera and follow the instructions under the picture, or measure from a video or from two photos (one facing the camera, one from the side).</source>
        <translation>カメラを起動して映像の下の指示に従うか、動画または 2 枚の写真（正面と横向き）から採寸します。</translation>
    </message>
    <message>
        <source>Each result shows its uncertainty (±). You can correct a value by hand; it is then marked “by hand”. Scrolling over a field never changes it: click it first.</source>
        <translation>各結果には誤差（±）が表示されます。値は手で修正でき、その場合は「手入力」と表示されます。フィールドの上でスクロールしても値は変わりません：先にクリックしてください。</translation>
    </message>
    <message>
        <source>Save the profile to use it again, here or with the sizer recommend command.</source>
        <translation>プロフィールを保存すると、ここでも sizer recommend コマンドでも再利用できます。</translation>
    </message>
    <message>
        <source>Catalogue (Ctrl+4)</source>
        <translation>商品カタログ（Ctrl+4）</translation>
    </message>
    <message>
        <source>File &gt; Open catalogue reads a CSV or Excel file. Problems are listed by row and column; you may import the valid rows and fix the rest in your file.</source>
        <translation>「ファイル &gt; 商品カタログを開く」で CSV または Excel ファイルを読み込みます。問題は行と列ごとに一覧表示されます。有効な行だけを取り込み、残りはファイルで修正できます。</translation>
    </message>
    <message>
        <source>Every listing shows the recommended size for the current profile. Titles and size systems can be edited; File &gt; Save writes the catalogue, Save as writes a copy.</source>
        <translation>各出品に現在のプロフィールでのおすすめサイズが表示されます。タイトルとサイズ体系は編集できます。「ファイル &gt; 保存」で商品カタログを書き込み、「名前を付けて保存」でコピーを書き込みます。</translation>
    </message>
    <message>
        <source>File &gt; Export writes the recommendations (CSV, Excel, JSON) or the selected listing&apos;s size guide (HTML, PDF, PNG).</source>
        <translation>「ファイル &gt; 書き出し」でおすすめ（CSV、Excel、JSON）または選択した出品のサイズガイド（HTML、PDF、PNG）を書き出します。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>File &gt; Settings chooses the units, the default size systems, the language and the camera. Errors are shown once, with the path of the log file that has the details (Help &gt; Open the log folder).</source>
        <translation>「ファイル &gt; 設定」で単位、既定のサイズ体系、言語、カメラを選びます。エラーは一度だけ表示され、詳細が書かれたログファイルのパスも示されます（ヘルプ &gt; ログフォルダーを開く）。</translation>
    </message>
    <message>
        <source>Size charts that convert between countries, measuring guides, body measurements from a camera, and the right size of every listing.</source>
        <translation>国ごとのサイズを換算するサイズ表、採寸ガイド、カメラによる身体寸法の測定、そしてすべての出品に合ったサイズ。</translation>
    </message>
</context>
</TS>
