<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdminScreen</name>
    <message>
        <source>Kiosk settings</source>
        <translation>自助机设置</translation>
    </message>
    <message>
        <source>Catalogue file (empty: sample)</source>
        <translation>商品目录文件（留空：示例目录）</translation>
    </message>
    <message>
        <source>Products on display (none ticked: all)</source>
        <translation>展示的商品（都不勾选：全部）</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Start over after idle (s)</source>
        <translation>空闲多久后重新开始（秒）</translation>
    </message>
    <message>
        <source>QR link template (empty: plain text)</source>
        <translation>二维码链接模板（留空：纯文本）</translation>
    </message>
    <message>
        <source>Camera (number, or a video for a demo)</source>
        <translation>摄像头（编号，或演示用的视频）</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>载入</translation>
    </message>
    <message>
        <source>Save and return</source>
        <translation>保存并返回</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>更改 PIN 码</translation>
    </message>
    <message>
        <source>Exit kiosk mode</source>
        <translation>退出自助模式</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Default printer</source>
        <translation>默认打印机</translation>
    </message>
    <message>
        <source>QR link template: %1</source>
        <translation>二维码链接模板：%1</translation>
    </message>
    <message>
        <source>Choose at least one language.</source>
        <translation>请至少选择一种语言。</translation>
    </message>
    <message>
        <source>The catalogue could not be loaded.</source>
        <translation>无法载入商品目录。</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Find your size</source>
        <translation>找到您的尺码</translation>
    </message>
    <message>
        <source>Your size in every product on display, in under a minute</source>
        <translation>不到一分钟，知道每件展示商品您该穿的尺码</translation>
    </message>
    <message>
        <source>Touch the screen to start</source>
        <translation>轻触屏幕开始</translation>
    </message>
    <message>
        <source>No pictures are stored.</source>
        <translation>不保存任何照片。</translation>
    </message>
    <message>
        <source>1. Tell us your height</source>
        <translation>1. 告诉我们您的身高</translation>
    </message>
    <message>
        <source>2. Stand in front of the camera</source>
        <translation>2. 站在摄像头前</translation>
    </message>
    <message>
        <source>3. Scan your sizes with your phone</source>
        <translation>3. 用手机扫描您的尺码</translation>
    </message>
</context>
<context>
    <name>BrandChartDialog</name>
    <message>
        <source>Brand size chart for %1</source>
        <translation>%1 的品牌尺码表</translation>
    </message>
    <message>
        <source>Centimetres</source>
        <translation>厘米</translation>
    </message>
    <message>
        <source>Inches</source>
        <translation>英寸</translation>
    </message>
    <message>
        <source>Body measurements</source>
        <translation>身体尺寸</translation>
    </message>
    <message>
        <source>Garment measurements</source>
        <translation>成衣尺寸</translation>
    </message>
    <message>
        <source>The numbers are in:</source>
        <translation>数字的单位：</translation>
    </message>
    <message>
        <source>They measure:</source>
        <translation>测量的是：</translation>
    </message>
    <message>
        <source>Sizes of the listing:</source>
        <translation>商品的尺码：</translation>
    </message>
    <message>
        <source>Chart file id:</source>
        <translation>尺码表文件 ID：</translation>
    </message>
    <message>
        <source>Chart title:</source>
        <translation>尺码表标题：</translation>
    </message>
    <message>
        <source>Published at (URL):</source>
        <translation>发布网址 (URL)：</translation>
    </message>
    <message>
        <source>Save as a chart &amp;file…</source>
        <translation>另存为尺码表文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Single values were graded to ranges halfway to the next size: %1</source>
        <translation>单个数值已按与相邻尺码的中点分级为范围：%1</translation>
    </message>
    <message>
        <source>“%1” is neither a size system nor a body measurement: left out</source>
        <translation>“%1”既不是尺码体系也不是身体尺寸：未导入</translation>
    </message>
    <message>
        <source>“%1” gives %2 a second time: the first column is used</source>
        <translation>“%1”再次给出%2：使用第一列</translation>
    </message>
    <message>
        <source>%1 (“%2”) is not a measurement: left empty</source>
        <translation>%1（“%2”）不是尺寸：留空</translation>
    </message>
    <message>
        <source>sizes as rows</source>
        <translation>尺码按行排列</translation>
    </message>
    <message>
        <source>sizes as columns</source>
        <translation>尺码按列排列</translation>
    </message>
    <message>
        <source>The brand&apos;s own %1 labels are kept beside each size: guides and exports show them.</source>
        <translation>品牌自有的%1尺码标注随每个尺码保留：尺码指南和导出文件均显示这些标注。</translation>
    </message>
    <message>
        <source>The chart&apos;s label columns that name no size system are not kept (%1).</source>
        <translation>未注明尺码体系的尺码列不予保留（%1）。</translation>
    </message>
    <message>
        <source>centimetres</source>
        <translation>厘米</translation>
    </message>
    <message>
        <source>inches</source>
        <translation>英寸</translation>
    </message>
    <message>
        <source>garment measurements</source>
        <translation>成衣尺寸</translation>
    </message>
    <message>
        <source>body measurements</source>
        <translation>身体尺寸</translation>
    </message>
    <message>
        <source>%1: %2, in %3, %4. Check the preview: this is what will be saved.</source>
        <translation>%1：%2，单位%3，%4。请检查预览：保存的就是这些内容。</translation>
    </message>
    <message>
        <source>The brand&apos;s own labels</source>
        <translation>品牌自有尺码</translation>
    </message>
    <message>
        <source>Garment</source>
        <translation>成衣</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>身体</translation>
    </message>
    <message>
        <source>No: whole girths</source>
        <translation>否：全围</translation>
    </message>
    <message>
        <source>Yes: half girths, doubled</source>
        <translation>是：半围，已加倍</translation>
    </message>
    <message>
        <source>Measured laid flat (half girths):</source>
        <translation>平铺测量（半围）：</translation>
    </message>
    <message>
        <source>Measured laid flat: %1 are half girths, doubled to whole girths (%2 → %3)</source>
        <translation>平铺测量：%1 是半围，已加倍为全围（%2 → %3）</translation>
    </message>
    <message>
        <source>“%1” is read as the bust girth: a women&apos;s chart</source>
        <translation>“%1”按上胸围读取：这是女装尺码表</translation>
    </message>
    <message>
        <source>As chosen.</source>
        <translation>按所选。</translation>
    </message>
    <message>
        <source>The sheet says %1 in “%2”.</source>
        <translation>表中“%2”写明单位为%1。</translation>
    </message>
    <message>
        <source>The sheet says centimetres in “%1” and inches in “%2”; by the values: %3.</source>
        <translation>表中“%1”写的是厘米，“%2”写的是英寸；按数值判断：%3。</translation>
    </message>
    <message>
        <source>Nothing says the unit; the values are plausible bodies in %1.</source>
        <translation>表中未写单位；按数值判断，以%1计是合理的身体尺寸。</translation>
    </message>
    <message>
        <source>“%1” is a short sleeve (%2–%3 cm from the shoulder) that fits no arm length: left out</source>
        <translation>“%1”是短袖（从肩缝起 %2–%3 厘米），不对应任何臂长：已略去</translation>
    </message>
    <message>
        <source>“%1” is read as the sleeve length from the shoulder seam (arm length)</source>
        <translation>“%1”读作从肩缝起的袖长（臂长）</translation>
    </message>
    <message>
        <source>adults measure %1 to %2 cm</source>
        <translation>成人的尺寸为 %1 至 %2 厘米</translation>
    </message>
    <message>
        <source>children measure %1 to %2 cm</source>
        <translation>儿童的尺寸为 %1 至 %2 厘米</translation>
    </message>
    <message>
        <source>bodies measure %1 to %2 cm</source>
        <translation>人体尺寸为 %1 至 %2 厘米</translation>
    </message>
    <message>
        <source>the numbers look like inches: choose Inches above</source>
        <translation>这些数字像是英寸：请在上方选择“英寸”</translation>
    </message>
    <message>
        <source>the numbers look like centimetres: choose Centimetres above</source>
        <translation>这些数字像是厘米：请在上方选择“厘米”</translation>
    </message>
    <message>
        <source>they look like half girths of a garment laid flat: choose to double them above</source>
        <translation>它们像是平铺测量的半围：请在上方选择加倍</translation>
    </message>
    <message>
        <source>they look like whole girths: choose whole girths above</source>
        <translation>它们像是全围：请在上方选择“全围”</translation>
    </message>
    <message>
        <source>check the column&apos;s meaning and the numbers in the sheet</source>
        <translation>请检查表格中该列的含义和数字</translation>
    </message>
    <message>
        <source>%1: %2 %3 cannot be saved (%4); %5</source>
        <translation>%1：%2 %3 无法保存（%4）；%5</translation>
    </message>
    <message>
        <source>%1 (the chart&apos;s %2)</source>
        <translation>%1（尺码表中的%2）</translation>
    </message>
    <message>
        <source>The chart&apos;s measurements go to the sizes the listing sells: %1</source>
        <translation>尺码表的尺寸将用于商品在售的尺码：%1</translation>
    </message>
    <message>
        <source>None of the chart&apos;s sizes is a size the listing sells.</source>
        <translation>尺码表中没有商品在售的尺码。</translation>
    </message>
    <message>
        <source>the brand&apos;s own</source>
        <translation>品牌自己的</translation>
    </message>
    <message>
        <source>Also add the chart&apos;s sizes the listing does not sell: %1</source>
        <translation>同时添加商品未销售的尺码表尺码：%1</translation>
    </message>
    <message>
        <source>Remove the listing&apos;s sizes the chart does not give: %1</source>
        <translation>删除尺码表中没有的商品尺码：%1</translation>
    </message>
    <message>
        <source>&amp;Apply the chart to %1</source>
        <translation>将尺码表用于 %1(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Cameras</name>
    <message>
        <source>Camera %1</source>
        <translation>摄像头 %1</translation>
    </message>
</context>
<context>
    <name>CaptureScreen</name>
    <message>
        <source>Start over</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>The camera is not responding. Reconnecting… please wait.</source>
        <translation>摄像头没有响应，正在重新连接…请稍候。</translation>
    </message>
    <message>
        <source>Turn to your side, arms a little away from your body. Get ready…</source>
        <translation>请转向侧面，手臂稍离开身体。准备…</translation>
    </message>
    <message>
        <source>Stand 2–3 m away, facing the camera, arms a little away from your body. Get ready…</source>
        <translation>请站在 2–3 米外，面向摄像头，手臂稍离开身体。准备…</translation>
    </message>
    <message>
        <source>Please stay where you are.</source>
        <translation>请留在原地。</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>正在启动摄像头…</translation>
    </message>
    <message>
        <source>The camera is still not working. Please ask a member of staff for help.</source>
        <translation>摄像头仍然无法工作。请找工作人员帮忙。</translation>
    </message>
    <message>
        <source>Please ask a member of staff.</source>
        <translation>请找工作人员。</translation>
    </message>
</context>
<context>
    <name>CatalogueMappingDialog</name>
    <message>
        <source>Which column is which?</source>
        <translation>各列分别是什么？</translation>
    </message>
    <message>
        <source>%1 is not in Sizer&apos;s own columns. Check what each column holds; Sizer proposed it from the names and the values. Rows of one product become one listing, and its variants its sizes.</source>
        <translation>%1 不是 Sizer 自己的列格式。请检查每列存放的内容；Sizer 已根据列名和数值给出建议。同一产品的各行成为一个商品，其变体成为尺码。</translation>
    </message>
    <message>
        <source>This is the mapping you confirmed for files with these columns.</source>
        <translation>这是您为具有这些列的文件确认过的映射。</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>(from the file)</source>
        <translation>（取自文件）</translation>
    </message>
    <message>
        <source>Category of rows that give none:</source>
        <translation>未给出类目的行的类目：</translation>
    </message>
    <message>
        <source>(from the file, else each product&apos;s labels)</source>
        <translation>（取自文件，否则按每个商品的尺码标签）</translation>
    </message>
    <message>
        <source>Size system of the labels:</source>
        <translation>尺码标签的体系：</translation>
    </message>
    <message>
        <source>Category in the file</source>
        <translation>文件中的类目</translation>
    </message>
    <message>
        <source>Sizer category</source>
        <translation>Sizer 类目</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>&amp;Remember for files with these columns</source>
        <translation>记住此映射，用于具有这些列的文件(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Choose the Sizer category of: %1</source>
        <translation>请选择以下内容的 Sizer 类目：%1</translation>
    </message>
    <message>
        <source>These are the choices the file was read with: change what is wrong, and Import reads it again.</source>
        <translation>这是读取该文件时使用的设置：改正有误之处后，点击“导入”即可重新读取。</translation>
    </message>
    <message>
        <source>Not sized: leave out</source>
        <translation>无尺码：略过</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Export recommendations…</source>
        <translation>导出推荐(&amp;E)…</translation>
    </message>
    <message>
        <source>Size &amp;guide…</source>
        <translation>尺码指南(&amp;G)…</translation>
    </message>
    <message>
        <source>ID or title</source>
        <translation>编号或标题</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>筛选(&amp;F)：</translation>
    </message>
    <message>
        <source>Only listings with a &amp;fitting size</source>
        <translation>只看有合适尺码的商品(&amp;F)</translation>
    </message>
    <message>
        <source>Whom the recommendations are for: their listings first, unisex ones next, the others hidden</source>
        <translation>推荐给谁：先列出适合他们的商品，再列男女通用的，其余隐藏</translation>
    </message>
    <message>
        <source>For anyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>For women</source>
        <translation>女士</translation>
    </message>
    <message>
        <source>For men</source>
        <translation>男士</translation>
    </message>
    <message>
        <source>For kids</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>For girls</source>
        <translation>女童</translation>
    </message>
    <message>
        <source>For boys</source>
        <translation>男童</translation>
    </message>
    <message>
        <source>For a baby</source>
        <translation>婴儿</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>商品目录</translation>
    </message>
    <message>
        <source>Open a catalogue</source>
        <translation>打开商品目录</translation>
    </message>
    <message>
        <source>Catalogues (*.csv *.xlsx *.txt *.tsv);;All files (*)</source>
        <translation>商品目录 (*.csv *.xlsx *.txt *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部品类</translation>
    </message>
    <message>
        <source>bundled sample catalogue</source>
        <translation>内置示例目录</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>Save the catalogue</source>
        <translation>保存商品目录</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>The catalogue was not saved: %1</source>
        <translation>商品目录未能保存：%1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>The catalogue</source>
        <translation>商品目录</translation>
    </message>
    <message numerus="yes">
        <source>%1 now has the %Ln size(s) of the brand chart; Save to keep them.</source>
        <translation>
            <numerusform>%1 现在使用品牌尺码表的 %Ln 个尺码；请保存以保留更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>No body profile yet: measure or type one on the Measure page.</source>
        <translation>还没有身体数据：请在“测量”页测量或输入。</translation>
    </message>
    <message>
        <source>How to measure:</source>
        <translation>测量方法：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recommended size: %1&lt;/b&gt; (%2, confidence %3 %)</source>
        <translation>&lt;b&gt;推荐尺码：%1&lt;/b&gt;（%2，把握 %3 %）</translation>
    </message>
    <message>
        <source>Runner-up: %1</source>
        <translation>备选尺码：%1</translation>
    </message>
    <message>
        <source>Closest size: %1</source>
        <translation>最接近的尺码：%1</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>未测量</translation>
    </message>
    <message>
        <source>No size: your %1 is %2 cm over the largest size.</source>
        <translation>没有合适尺码：您的%1比最大尺码大 %2 厘米。</translation>
    </message>
    <message>
        <source>No size: your %1 is %2 cm under the smallest size.</source>
        <translation>没有合适尺码：您的%1比最小尺码小 %2 厘米。</translation>
    </message>
    <message>
        <source>The best of the sizes; it will be off at: %1</source>
        <translation>这是最合适的尺码；以下部位不太合身：%1</translation>
    </message>
    <message>
        <source>Length chosen by your %1</source>
        <translation>长度按您的%1选择</translation>
    </message>
    <message>
        <source>To recommend a size, add: %1</source>
        <translation>要推荐尺码，请补充：%1</translation>
    </message>
    <message>
        <source>More certain with: %1</source>
        <translation>补充这些尺寸会更准确：%1</translation>
    </message>
    <message>
        <source>There is nothing to export yet: a body profile is needed (measure or type one on the Measure page).</source>
        <translation>还没有可导出的内容：需要身体数据（请在“测量”页测量或输入）。</translation>
    </message>
    <message>
        <source>Export the recommendations</source>
        <translation>导出尺码推荐</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx);;JSON (*.json)</source>
        <translation>CSV (*.csv);;Excel 工作簿 (*.xlsx);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Select a listing first: a size guide is made for one listing (click it in the list above).</source>
        <translation>请先选择一件商品：尺码指南针对单件商品生成（在上方列表中点击该商品）。</translation>
    </message>
    <message>
        <source>There is no listing to make a size guide for: open a catalogue, or clear the filter.</source>
        <translation>没有可生成尺码指南的商品：请打开商品目录，或清除筛选条件。</translation>
    </message>
    <message>
        <source>Save the size guide</source>
        <translation>保存尺码指南</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>未更改：%1</translation>
    </message>
    <message>
        <source>&amp;Brand chart…</source>
        <translation>品牌尺码表(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Marketplace files…</source>
        <translation>平台文件(&amp;M)…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln row(s); rows left out for problems: %1.</source>
        <translation>
            <numerusform>已导入 %Ln 行；因有问题而未导入的行：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2，%3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln listing(s)</source>
        <translation>
            <numerusform>%Ln 个商品</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln size(s)</source>
        <translation>
            <numerusform>%Ln 个尺码</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the listing whose sizes the brand chart gives.</source>
        <translation>请选择要使用该品牌尺码表的商品。</translation>
    </message>
    <message>
        <source>Open a brand&apos;s size chart</source>
        <translation>打开品牌尺码表</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt *.tsv);;All files (*)</source>
        <translation>电子表格 (*.csv *.xlsx *.txt *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save the chart file</source>
        <translation>保存尺码表文件</translation>
    </message>
    <message>
        <source>Size chart (*.toml)</source>
        <translation>尺码表 (*.toml)</translation>
    </message>
    <message numerus="yes">
        <source>Recommending for a profile of %Ln measurement(s)</source>
        <translation>
            <numerusform>按 %Ln 项身体尺寸推荐</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for the pictures</source>
        <translation>图片保存文件夹</translation>
    </message>
    <message>
        <source>Save the marketplace file</source>
        <translation>保存平台文件</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Web page (*.html);;PDF (*.pdf);;Picture (*.png *.jpg)</source>
        <translation>网页 (*.html);;PDF (*.pdf);;图片 (*.png *.jpg)</translation>
    </message>
    <message>
        <source>Change which column of your file is which, then import it again</source>
        <translation>更改文件中各列的含义，然后重新导入</translation>
    </message>
    <message>
        <source>%1 is no longer there.</source>
        <translation>%1已不存在。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) of products without sizes left out, as mapped.</source>
        <translation>
            <numerusform>已按映射略过%Ln行无尺码商品。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the catalogue under a new name</source>
        <translation>以新文件名保存商品目录</translation>
    </message>
    <message>
        <source>Save the catalogue (Ctrl+S)</source>
        <translation>保存商品目录（Ctrl+S）</translation>
    </message>
    <message>
        <source>Save asks for a new name: %1</source>
        <translation>保存时将要求新文件名：%1</translation>
    </message>
    <message>
        <source>&amp;Change mapping…</source>
        <translation>更改映射(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <source>&amp;Category:</source>
        <translation>品类(&amp;C)：</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>厘米</translation>
    </message>
    <message>
        <source>inches</source>
        <translation>英寸</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Systems</source>
        <translation>尺码体系(&amp;S)</translation>
    </message>
    <message>
        <source>e.g. 8, M, 38</source>
        <translation>例如 8、M、38</translation>
    </message>
    <message>
        <source>&amp;Find a size:</source>
        <translation>查找尺码(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Copy table</source>
        <translation>复制表格(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Size charts</source>
        <translation>尺码对照表</translation>
    </message>
    <message>
        <source>in</source>
        <translation>英寸</translation>
    </message>
    <message>
        <source>Click a size, or type one above, to see its equivalents.</source>
        <translation>点击一个尺码，或在上方输入，即可看到各国对应尺码。</translation>
    </message>
    <message>
        <source>%1 %2 equals: %3&lt;br&gt;Body: %4 %5</source>
        <translation>%1 %2 对应：%3&lt;br&gt;身体尺寸：%4 %5</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>您是不是要找 %1？</translation>
    </message>
    <message>
        <source>Choose one of the suggestions.</source>
        <translation>请从提示中选择一个。</translation>
    </message>
    <message>
        <source>%1 has no size %2.</source>
        <translation>%1 没有尺码 %2。</translation>
    </message>
    <message>
        <source>Conventions</source>
        <translation>约定</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>资料来源</translation>
    </message>
    <message>
        <source>%1 min (%2)</source>
        <translation>%1最小值（%2）</translation>
    </message>
    <message>
        <source>%1 max (%2)</source>
        <translation>%1最大值（%2）</translation>
    </message>
    <message>
        <source>Export the size chart</source>
        <translation>导出尺码表</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>ClothingScreen</name>
    <message>
        <source>What are you wearing?</source>
        <translation>您穿的是什么衣服？</translation>
    </message>
    <message>
        <source>Clothes change the outline the camera sees. Tap the closest answer.</source>
        <translation>衣服会改变摄像头看到的身体轮廓。请点选最接近的一项。</translation>
    </message>
    <message>
        <source>Fitted</source>
        <translation>紧身</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Loose</source>
        <translation>宽松</translation>
    </message>
    <message>
        <source>T-shirt and leggings, sportswear</source>
        <translation>T 恤和紧身裤、运动服</translation>
    </message>
    <message>
        <source>A shirt and trousers that follow the body without hanging</source>
        <translation>贴合身体、不下垂的衬衫和长裤</translation>
    </message>
    <message>
        <source>A hoodie, a loose dress or wide trousers</source>
        <translation>连帽衫、宽松连衣裙或阔腿裤</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>The camera sees loose clothes.</source>
        <translation>摄像头看到的是宽松的衣服。</translation>
    </message>
    <message>
        <source>Loose clothes cannot be measured.</source>
        <translation>穿宽松的衣服无法测量。</translation>
    </message>
    <message>
        <source>Loose clothes hide the body&apos;s shape, so the girths would read several centimetres too big. Change into a fitted top and leggings and measure again, or measure with a tape following the illustrated measuring guide.</source>
        <translation>宽松的衣服会遮住身形，围度会比实际大好几厘米。请换上紧身上衣和紧身裤后重新测量，或按照图解测量指南用软尺测量。</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Listing id (product, style number)</source>
        <translation>商品编号（产品、款号）</translation>
    </message>
    <message>
        <source>Variant SKU (per size)</source>
        <translation>变体 SKU（每个尺码）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Category / product type</source>
        <translation>类目 / 产品类型</translation>
    </message>
    <message>
        <source>Department / gender</source>
        <translation>部门 / 性别</translation>
    </message>
    <message>
        <source>Age group (adult, kids, toddler, infant)</source>
        <translation>年龄段（成人、儿童、幼儿、婴儿）</translation>
    </message>
    <message>
        <source>Size class (Amazon: Alpha, Numeric, Age)</source>
        <translation>尺码类别（亚马逊：Alpha、Numeric、Age）</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺码</translation>
    </message>
    <message>
        <source>Size system</source>
        <translation>尺码体系</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>版型</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>弹力</translation>
    </message>
    <message>
        <source>Colour (sizes shared by every colour)</source>
        <translation>颜色（各颜色共用尺码）</translation>
    </message>
    <message>
        <source>Parent or child row (Amazon)</source>
        <translation>父体或子体行（亚马逊）</translation>
    </message>
    <message>
        <source>Option %1 name</source>
        <translation>选项 %1 名称</translation>
    </message>
    <message>
        <source>Option %1 value</source>
        <translation>选项 %1 值</translation>
    </message>
    <message>
        <source>%1: body range</source>
        <translation>%1：身体范围</translation>
    </message>
    <message>
        <source>%1: body minimum</source>
        <translation>%1：身体最小值</translation>
    </message>
    <message>
        <source>%1: body maximum</source>
        <translation>%1：身体最大值</translation>
    </message>
    <message>
        <source>%1: garment measurement</source>
        <translation>%1：成衣尺寸</translation>
    </message>
    <message>
        <source>in</source>
        <translation>英寸</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>厘米</translation>
    </message>
    <message>
        <source>Choose the column that holds the listing id (e.g. Handle, parent_sku, 款号).</source>
        <translation>请选择存放商品编号的列（如 Handle、parent_sku、款号）。</translation>
    </message>
    <message>
        <source>Choose the column that holds the title.</source>
        <translation>请选择存放标题的列。</translation>
    </message>
    <message>
        <source>Choose the column that holds the size (e.g. Size, Option1 Value, 尺码).</source>
        <translation>请选择存放尺码的列（如 Size、Option1 Value、尺码）。</translation>
    </message>
    <message>
        <source>Choose the category column, or one category for every row.</source>
        <translation>请选择类目列，或为所有行指定一个类目。</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Columns of the orders file</source>
        <translation>订单文件的列</translation>
    </message>
    <message>
        <source>Sizer does not know this file&apos;s layout. Say which column holds what; fields marked * are needed.</source>
        <translation>Sizer 不认识这个文件的格式。请指定每一列的内容；标 * 的字段为必填。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Remember for files with these columns</source>
        <translation>以后遇到相同列的文件时沿用此设置</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <source>Before we start</source>
        <translation>开始之前</translation>
    </message>
    <message>
        <source>The camera is used only to measure your body outline while you stand in front of it. Please wear fitted clothes for the best result.</source>
        <translation>摄像头只在您站在它前面时用来测量身体轮廓。穿贴身衣服效果最好。</translation>
    </message>
    <message>
        <source>No picture or video is stored or sent anywhere: each camera image is measured in this kiosk and thrown away at once.</source>
        <translation>不会保存或发送任何照片或视频：每一帧画面都只在本机测量，随即丢弃。</translation>
    </message>
    <message>
        <source>Your height, measurements and sizes are erased when you finish, press “Start over”, or walk away.</source>
        <translation>您结束、点“重新开始”或离开后，身高、尺寸和尺码都会被清除。</translation>
    </message>
    <message>
        <source>I agree, continue</source>
        <translation>我同意，继续</translation>
    </message>
    <message>
        <source>No, thanks</source>
        <translation>不用了，谢谢</translation>
    </message>
</context>
<context>
    <name>CountedProblems</name>
    <message numerus="yes">
        <source>{path}: %Ln problem(s); nothing was imported</source>
        <translation>
            <numerusform>{path}：%Ln 个问题；未导入任何内容</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln valid row(s); accept them with --accept-valid-rows)</source>
        <translation>
            <numerusform>（%Ln 行有效；可用 --accept-valid-rows 只导入有效行）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) in the orders; nothing was imported</source>
        <translation>
            <numerusform>订单中有 %Ln 个问题；未导入任何内容</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more problem(s) of the same kinds</source>
        <translation>
            <numerusform>另有 %Ln 个同类问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s) of order {order} SKU {sku} returned, {sold} sold</source>
        <translation>
            <numerusform>订单 {order} 的 SKU {sku} 退回 %Ln 件，但只售出 {sold} 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{listing}: {why}, so all %Ln size(s) are sent in the listing&apos;s own system {system} ({span}): one system for the whole listing, each size distinct</source>
        <translation>
            <numerusform>{listing}：{why}，因此全部 %Ln 个尺码都按该商品自己的体系 {system}（{span}）发送：整个商品使用同一体系，每个尺码互不相同</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln size chart(s) for {brand} on Amazon {marketplace} written to {path}</source>
        <translation>
            <numerusform>{brand} 在亚马逊 {marketplace} 的 %Ln 张尺码表已写入 {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>size attributes of %Ln child listing(s) written to {path}</source>
        <translation>
            <numerusform>%Ln 个子商品的尺码属性已写入 {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Google Merchant size attributes of %Ln variant(s) written to {path}</source>
        <translation>
            <numerusform>%Ln 个变体的 Google Merchant 尺码属性已写入 {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln size-chart metaobject(s) written to {path}</source>
        <translation>
            <numerusform>%Ln 个尺码表元对象已写入 {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>metafields of %Ln product(s) written to {path}</source>
        <translation>
            <numerusform>%Ln 个商品的元字段已写入 {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln size-chart picture(s) ({width} x {height} px) written to {path}</source>
        <translation>
            <numerusform>%Ln 张尺码表图片（{width} x {height} 像素）已写入 {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.</source>
        <translation>%1 有尚未保存的修改。</translation>
    </message>
    <message>
        <source>Save them before going on?</source>
        <translation>继续之前要保存吗？</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1已存在。要替换吗？</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Sizer: something went wrong</source>
        <translation>Sizer：出现错误</translation>
    </message>
    <message>
        <source>Sizer</source>
        <translation>Sizer</translation>
    </message>
    <message>
        <source>Details were written to the log file:
%1</source>
        <translation>详细信息已写入日志文件：
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
        <translation>头部和颈部</translation>
    </message>
    <message>
        <source>Torso</source>
        <translation>躯干</translation>
    </message>
    <message>
        <source>Arms and hands</source>
        <translation>手臂和手</translation>
    </message>
    <message>
        <source>Legs and feet</source>
        <translation>腿和脚</translation>
    </message>
    <message>
        <source>Garments laid flat</source>
        <translation>平铺测量衣服</translation>
    </message>
    <message>
        <source>Measuring guides by body zone</source>
        <translation>按身体部位分类的测量指南</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>保存为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Measuring guides</source>
        <translation>测量指南</translation>
    </message>
    <message>
        <source>Print the measuring guide</source>
        <translation>打印测量指南</translation>
    </message>
    <message>
        <source>Save the measuring guide as PDF</source>
        <translation>将测量指南保存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>HeightField</name>
    <message>
        <source>e.g. 182 cm, 5 ft 11, 5&apos;11&quot;, 71 in</source>
        <translation>例如 182 cm、5 ft 11、5&apos;11&quot;、71 in</translation>
    </message>
    <message>
        <source>Type your height in cm, in feet and inches, or in inches; the line below says what was understood.</source>
        <translation>以厘米、英尺加英寸或英寸输入身高；下方一行显示程序理解的数值。</translation>
    </message>
    <message>
        <source>How to measure: %1</source>
        <translation>测量方法：%1</translation>
    </message>
    <message>
        <source>Understood: %1</source>
        <translation>理解为：%1</translation>
    </message>
    <message>
        <source>Enter your height, e.g. 182 cm or 5 ft 11.</source>
        <translation>请输入身高，例如 182 cm 或 5 ft 11。</translation>
    </message>
    <message>
        <source>%1 is not a height the camera can measure: enter %2 to %3 cm (e.g. 182 cm, 5 ft 11, 71 in).</source>
        <translation>%1 不是摄像头能测量的身高：请输入 %2 至 %3 cm（例如 182 cm、5 ft 11、71 in）。</translation>
    </message>
    <message>
        <source>“%1” is not a height: write it like 182 cm, 1.82 m, 5 ft 11, 5&apos;11&quot; or 71 in.</source>
        <translation>“%1”不是身高：请写成 182 cm、1.82 m、5 ft 11、5&apos;11&quot; 或 71 in 这样的形式。</translation>
    </message>
    <message>
        <source>Enter your height: the camera measures everything else in proportion to it.</source>
        <translation>请输入您的身高：摄像头按身高比例测量其他所有尺寸。</translation>
    </message>
</context>
<context>
    <name>HeightScreen</name>
    <message>
        <source>How tall are you?</source>
        <translation>您的身高是多少？</translation>
    </message>
    <message>
        <source>Without shoes. Your height sets the scale of every measurement.</source>
        <translation>不穿鞋的身高。所有尺寸都按身高比例测量。</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>厘米</translation>
    </message>
    <message>
        <source>ft / in</source>
        <translation>英尺 / 英寸</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>%1 cm</source>
        <translation>%1 厘米</translation>
    </message>
    <message>
        <source>%1 ft</source>
        <translation>%1 英尺</translation>
    </message>
    <message>
        <source>%1 in</source>
        <translation>%1 英寸</translation>
    </message>
    <message>
        <source>Please enter a height between %1 and %2 cm.</source>
        <translation>请输入 %1 到 %2 厘米之间的身高。</translation>
    </message>
    <message>
        <source>Inches go from 0 to 11.</source>
        <translation>英寸应在 0 到 11 之间。</translation>
    </message>
    <message>
        <source>Please enter a height between %1 ft %2 in and %3 ft %4 in.</source>
        <translation>请输入 %1 英尺 %2 英寸到 %3 英尺 %4 英寸之间的身高。</translation>
    </message>
</context>
<context>
    <name>ImportIssuesDialog</name>
    <message>
        <source>Problems in the catalogue file</source>
        <translation>商品目录文件中的问题</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %Ln problem(s). Nothing has been imported yet.</source>
        <translation>
            <numerusform>%1 有 %Ln 个问题，尚未导入任何内容。</numerusform>
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
        <translation>问题</translation>
    </message>
    <message>
        <source>(header)</source>
        <translation>（表头）</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import the %Ln valid row(s)</source>
        <translation>
            <numerusform>导入 %Ln 行有效数据(&amp;I)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows with problems are left out; fix the file and open it again to import them too.</source>
        <translation>有问题的行不会导入；修改文件后重新打开即可导入这些行。</translation>
    </message>
    <message>
        <source>&amp;Change mapping…</source>
        <translation>更改映射(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>KioskResults</name>
    <message>
        <source>Your size · %1% sure</source>
        <translation>您的尺码 · 把握 %1%</translation>
    </message>
    <message>
        <source>Between sizes: %1 would also fit</source>
        <translation>介于两个尺码之间：%1 也合适</translation>
    </message>
    <message>
        <source>Your best size; the notes say where it is off</source>
        <translation>最适合您的尺码；备注说明了哪里不太合身</translation>
    </message>
    <message>
        <source>No size: even the largest, %1, is too small for you</source>
        <translation>没有合适尺码：最大的 %1 对您也太小</translation>
    </message>
    <message>
        <source>No size: even the smallest, %1, is too big for you</source>
        <translation>没有合适尺码：最小的 %1 对您也太大</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>My sizes</source>
        <translation>我的尺码</translation>
    </message>
    <message>
        <source>Still there? Touch the screen to carry on.
Starting over in %1 s.</source>
        <translation>还在吗？轻触屏幕继续。
%1 秒后重新开始。</translation>
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
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>品类</translation>
    </message>
    <message>
        <source>Size system</source>
        <translation>尺码体系</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>版型</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>弹性</translation>
    </message>
    <message>
        <source>Sizes</source>
        <translation>尺码数</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>推荐尺码</translation>
    </message>
    <message>
        <source>Runner-up</source>
        <translation>备选尺码</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>把握</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
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
        <translation>页面</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open catalogue…</source>
        <translation>打开商品目录(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Open the bundled sa&amp;mple catalogue</source>
        <translation>打开自带的示例商品目录(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Save catalogue</source>
        <translation>保存商品目录(&amp;S)</translation>
    </message>
    <message>
        <source>Save catalogue &amp;as…</source>
        <translation>商品目录另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Catalogue (CSV or Excel)…</source>
        <translation>商品目录（CSV 或 Excel）(&amp;C)…</translation>
    </message>
    <message>
        <source>Body &amp;profile…</source>
        <translation>身体数据档案(&amp;P)…</translation>
    </message>
    <message>
        <source>P&amp;hotos to measure…</source>
        <translation>用于测量的照片(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Video to measure…</source>
        <translation>用于测量的视频(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Recommendations…</source>
        <translation>尺码推荐(&amp;R)…</translation>
    </message>
    <message>
        <source>Size &amp;guide of the selected listing…</source>
        <translation>所选商品的尺码指南(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Marketplace files…</source>
        <translation>平台文件(&amp;M)…</translation>
    </message>
    <message>
        <source>Size &amp;chart as CSV…</source>
        <translation>尺码表导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About Sizer</source>
        <translation>关于 Sizer(&amp;A)</translation>
    </message>
    <message>
        <source>No catalogues opened yet</source>
        <translation>尚未打开过商品目录</translation>
    </message>
    <message>
        <source>About Sizer</source>
        <translation>关于 Sizer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sizer %1&lt;/b&gt;&lt;br&gt;Size charts that convert between countries, illustrated measuring guides, body measurements from a camera, and a recommended size for every listing.&lt;br&gt;Chinese, Japanese and Korean text is set in Noto Sans CJK (SIL Open Font License).</source>
        <translation>&lt;b&gt;Sizer %1&lt;/b&gt;&lt;br&gt;可在各国尺码之间换算的尺码表、图解测量指南、用摄像头测量身体尺寸，并为每个商品推荐尺码。&lt;br&gt;中文、日文和韩文使用 Noto Sans CJK 字体（SIL Open Font License）。</translation>
    </message>
    <message>
        <source>&amp;Change column mapping…</source>
        <translation>更改列映射(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>MeasurePage</name>
    <message>
        <source>C&amp;amera:</source>
        <translation>摄像头(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Start camera</source>
        <translation>启动摄像头(&amp;S)</translation>
    </message>
    <message>
        <source>Open &amp;video…</source>
        <translation>打开视频(&amp;V)…</translation>
    </message>
    <message>
        <source>Open p&amp;hotos…</source>
        <translation>打开照片(&amp;H)…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Measure from a video…</source>
        <translation>用视频测量…</translation>
    </message>
    <message>
        <source>Measure from photos…</source>
        <translation>用照片测量…</translation>
    </message>
    <message>
        <source>Snug</source>
        <translation>合身偏紧</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Loose</source>
        <translation>宽松</translation>
    </message>
    <message>
        <source>Preferred &amp;fit:</source>
        <translation>喜欢的版型(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Load profile…</source>
        <translation>载入身体数据(&amp;L)…</translation>
    </message>
    <message>
        <source>Save p&amp;rofile…</source>
        <translation>保存身体数据(&amp;R)…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
    <message>
        <source>Your measurements</source>
        <translation>您的身体尺寸</translation>
    </message>
    <message>
        <source>Measured values can be corrected by hand; “?” shows how to measure.</source>
        <translation>测得的数值可以手动修改；点“?”查看测量方法。</translation>
    </message>
    <message>
        <source>Stand 2–3 m from the camera in fitted clothes, whole body in view, then press Start camera. No camera? Measure from a video or from a front and a side photo.</source>
        <translation>穿贴身衣服，站在离摄像头 2–3 米处，让全身都在画面内，然后点“启动摄像头”。没有摄像头？可以用视频，或一张正面和一张侧面照片测量。</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>测量</translation>
    </message>
    <message>
        <source>Measure from a video</source>
        <translation>用视频测量</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.avi *.mov *.mkv *.webm);;All files (*)</source>
        <translation>视频 (*.mp4 *.avi *.mov *.mkv *.webm);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Measure from photos: one facing the camera, one from the side</source>
        <translation>用照片测量：一张正面，一张侧面</translation>
    </message>
    <message>
        <source>Photos (*.png *.jpg *.jpeg *.bmp *.webp)</source>
        <translation>照片 (*.png *.jpg *.jpeg *.bmp *.webp)</translation>
    </message>
    <message>
        <source>Choose two photos: one facing the camera and one from the side.</source>
        <translation>请选择两张照片：一张正面朝向摄像头，一张侧面。</translation>
    </message>
    <message>
        <source>Measuring the photos… (the pose model loads the first time)</source>
        <translation>正在测量照片……（首次使用时需加载姿态模型）</translation>
    </message>
    <message>
        <source>The photos could not be measured: %1</source>
        <translation>无法测量这些照片：%1</translation>
    </message>
    <message>
        <source>Enter your height first: the camera measures everything else in proportion to it.</source>
        <translation>请先输入身高：摄像头按身高比例测量其他尺寸。</translation>
    </message>
    <message>
        <source>Starting… (the pose model loads the first time)</source>
        <translation>正在启动…（首次使用需要载入姿态模型）</translation>
    </message>
    <message>
        <source>The video or photos ended before both views were captured. Use a video or photos showing the whole body facing the camera, then from the side.</source>
        <translation>视频或照片在拍到正面和侧面之前就结束了。请使用先正面、后侧面、能看到全身的视频或照片。</translation>
    </message>
    <message>
        <source>The capture stopped: %1</source>
        <translation>拍摄已停止：%1</translation>
    </message>
    <message>
        <source>Load a body profile</source>
        <translation>载入身体数据</translation>
    </message>
    <message>
        <source>Body profiles (*.json)</source>
        <translation>身体数据 (*.json)</translation>
    </message>
    <message>
        <source>There are no measurements to save yet.</source>
        <translation>还没有可保存的尺寸。</translation>
    </message>
    <message>
        <source>Save the body profile</source>
        <translation>保存身体数据</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>You are wearing:</source>
        <translation>您穿的是：</translation>
    </message>
    <message>
        <source>F&amp;itted</source>
        <translation>紧身(&amp;I)</translation>
    </message>
    <message>
        <source>T-shirt and leggings, sportswear or underwear</source>
        <translation>T 恤和紧身裤、运动服或内衣</translation>
    </message>
    <message>
        <source>Re&amp;gular</source>
        <translation>常规(&amp;G)</translation>
    </message>
    <message>
        <source>A shirt and trousers that follow the body without hanging</source>
        <translation>贴合身形、不下垂的衬衫和长裤</translation>
    </message>
    <message>
        <source>Loos&amp;e</source>
        <translation>宽松(&amp;E)</translation>
    </message>
    <message>
        <source>A hoodie, a loose dress or wide trousers</source>
        <translation>连帽衫、宽松连衣裙或阔腿裤</translation>
    </message>
    <message>
        <source>Loose clothes hide the body&apos;s shape, so the girths would read several centimetres too big. Change into a fitted top and leggings (or underwear) and measure again, or measure with a tape following the illustrated measuring guide (the “?” beside each measurement).</source>
        <translation>宽松的衣服会遮住身形，围度会比实际大好几厘米。请换上紧身上衣和紧身裤（或内衣）后重新测量，或按照图解测量指南用软尺测量（点击每项测量旁的“?”）。</translation>
    </message>
    <message>
        <source>No camera could be opened (%1): %2
You can measure from a video or photos instead.</source>
        <translation>无法打开摄像头（%1）：%2
您可以改用视频或照片测量。</translation>
    </message>
    <message>
        <source>Wh&amp;o:</source>
        <translation>适用人群(&amp;O)：</translation>
    </message>
    <message>
        <source>%1 left out: %2</source>
        <translation>%1未采用：%2</translation>
    </message>
</context>
<context>
    <name>MeasurementField</name>
    <message>
        <source>How to measure: %1</source>
        <translation>测量方法：%1</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>手动修改</translation>
    </message>
    <message>
        <source>Changed by hand; it was %1</source>
        <translation>已手动修改；原测量值为 %1</translation>
    </message>
    <message>
        <source>Estimated uncertainty of the camera measurement</source>
        <translation>摄像头测量的估计误差</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>Women&apos;s tops</source>
        <translation>女装上衣</translation>
    </message>
    <message>
        <source>Women&apos;s dresses</source>
        <translation>女装连衣裙</translation>
    </message>
    <message>
        <source>Women&apos;s trousers</source>
        <translation>女裤</translation>
    </message>
    <message>
        <source>Men&apos;s tops</source>
        <translation>男装上衣</translation>
    </message>
    <message>
        <source>Men&apos;s shirts</source>
        <translation>男士衬衫</translation>
    </message>
    <message>
        <source>Men&apos;s suits</source>
        <translation>男士西装</translation>
    </message>
    <message>
        <source>Men&apos;s trousers</source>
        <translation>男裤</translation>
    </message>
    <message>
        <source>Bras</source>
        <translation>文胸</translation>
    </message>
    <message>
        <source>Men&apos;s shoes</source>
        <translation>男鞋</translation>
    </message>
    <message>
        <source>Women&apos;s shoes</source>
        <translation>女鞋</translation>
    </message>
    <message>
        <source>Children&apos;s shoes</source>
        <translation>童鞋</translation>
    </message>
    <message>
        <source>Children&apos;s clothing</source>
        <translation>童装</translation>
    </message>
    <message>
        <source>Hats</source>
        <translation>帽子</translation>
    </message>
    <message>
        <source>Gloves</source>
        <translation>手套</translation>
    </message>
    <message>
        <source>Rings</source>
        <translation>戒指</translation>
    </message>
    <message>
        <source>Belts</source>
        <translation>腰带</translation>
    </message>
    <message>
        <source>Socks</source>
        <translation>袜子</translation>
    </message>
    <message>
        <source>Ski boots</source>
        <translation>滑雪靴</translation>
    </message>
    <message>
        <source>Men&apos;s shoe widths</source>
        <translation>男鞋宽度</translation>
    </message>
    <message>
        <source>Women&apos;s shoe widths</source>
        <translation>女鞋宽度</translation>
    </message>
    <message>
        <source>Women&apos;s swimwear</source>
        <translation>女士泳装</translation>
    </message>
    <message>
        <source>Women&apos;s tops (petite)</source>
        <translation>女装上衣（小个子）</translation>
    </message>
    <message>
        <source>Women&apos;s tops (plus)</source>
        <translation>女装上衣（大码）</translation>
    </message>
    <message>
        <source>Women&apos;s tops (tall)</source>
        <translation>女装上衣（高个子）</translation>
    </message>
    <message>
        <source>Women&apos;s tops (maternity)</source>
        <translation>女装上衣（孕妇装）</translation>
    </message>
    <message>
        <source>Women&apos;s dresses (plus)</source>
        <translation>女装连衣裙（大码）</translation>
    </message>
    <message>
        <source>Women&apos;s trousers (plus)</source>
        <translation>女裤（大码）</translation>
    </message>
    <message>
        <source>Men&apos;s tops (tall)</source>
        <translation>男装上衣（高个子）</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>偏紧</translation>
    </message>
    <message>
        <source>snug</source>
        <translation>合身偏紧</translation>
    </message>
    <message>
        <source>good</source>
        <translation>合适</translation>
    </message>
    <message>
        <source>loose</source>
        <translation>合身偏松</translation>
    </message>
    <message>
        <source>too loose</source>
        <translation>过松</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>太短</translation>
    </message>
    <message>
        <source>short</source>
        <translation>偏短</translation>
    </message>
    <message>
        <source>long</source>
        <translation>偏长</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>太长</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>合适</translation>
    </message>
    <message>
        <source>between sizes</source>
        <translation>介于两个尺码之间</translation>
    </message>
    <message>
        <source>best available</source>
        <translation>最合适的尺码</translation>
    </message>
    <message>
        <source>no size fits</source>
        <translation>没有合适尺码</translation>
    </message>
    <message>
        <source>no measurements</source>
        <translation>缺少尺寸</translation>
    </message>
    <message>
        <source>slim</source>
        <translation>修身</translation>
    </message>
    <message>
        <source>regular</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>relaxed</source>
        <translation>宽松</translation>
    </message>
    <message>
        <source>no stretch</source>
        <translation>无弹</translation>
    </message>
    <message>
        <source>some stretch</source>
        <translation>微弹</translation>
    </message>
    <message>
        <source>high stretch</source>
        <translation>高弹</translation>
    </message>
    <message>
        <source>women</source>
        <translation>女士</translation>
    </message>
    <message>
        <source>men</source>
        <translation>男士</translation>
    </message>
    <message>
        <source>unisex</source>
        <translation>男女通用</translation>
    </message>
    <message>
        <source>girls</source>
        <translation>女童</translation>
    </message>
    <message>
        <source>boys</source>
        <translation>男童</translation>
    </message>
    <message>
        <source>baby</source>
        <translation>婴儿</translation>
    </message>
    <message>
        <source>kids</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>Step into view, 2–3 m from the camera.</source>
        <translation>请站到画面中，离摄像头 2–3 米。</translation>
    </message>
    <message>
        <source>Only the person being measured may be in view.</source>
        <translation>画面中只能有被测量的人。</translation>
    </message>
    <message>
        <source>Step back: the whole body, head to feet, must be in the picture.</source>
        <translation>请后退：从头到脚整个身体都要在画面内。</translation>
    </message>
    <message>
        <source>Step a little closer.</source>
        <translation>请再靠近一点。</translation>
    </message>
    <message>
        <source>Stand upright, feet slightly apart, looking ahead.</source>
        <translation>请站直，双脚稍分开，目视前方。</translation>
    </message>
    <message>
        <source>Face the camera.</source>
        <translation>请面向摄像头。</translation>
    </message>
    <message>
        <source>Now turn 90° so your side faces the camera.</source>
        <translation>现在转身 90°，让身体侧面对着摄像头。</translation>
    </message>
    <message>
        <source>Hold your arms a little away from your body.</source>
        <translation>请让手臂稍微离开身体。</translation>
    </message>
    <message>
        <source>It is too dark: add light in front of you.</source>
        <translation>光线太暗：请在您前方增加照明。</translation>
    </message>
    <message>
        <source>Too much light behind you: move away from the window.</source>
        <translation>背后光线太强：请远离窗户。</translation>
    </message>
    <message>
        <source>Hold still…</source>
        <translation>请保持不动…</translation>
    </message>
    <message>
        <source>Measuring: keep holding still.</source>
        <translation>正在测量：请继续保持不动。</translation>
    </message>
    <message>
        <source>Done: see your measurements.</source>
        <translation>完成：请查看您的尺寸。</translation>
    </message>
    <message>
        <source>Step 1 of 2: facing the camera</source>
        <translation>第 1 步（共 2 步）：面向摄像头</translation>
    </message>
    <message>
        <source>Step 2 of 2: turn to the side</source>
        <translation>第 2 步（共 2 步）：转向侧面</translation>
    </message>
    <message>
        <source>Step 2 of 2: side-on</source>
        <translation>第 2 步（共 2 步）：侧面</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>The chest level was estimated: arms close to the body hid the armpits.</source>
        <translation>胸围位置是估计的：手臂贴近身体，挡住了腋下。</translation>
    </message>
    <message>
        <source>The camera angle could not be worked out; lengths assume a level camera.</source>
        <translation>无法算出摄像头角度；长度按水平摄像头计算。</translation>
    </message>
    <message>
        <source>The neck girth uses a model for all bodies, so its uncertainty is a little wider.</source>
        <translation>颈围使用适用于所有体型的模型估算，因此其不确定度略大。</translation>
    </message>
    <message>
        <source>No gap showed between the legs, so the inside leg was estimated from the hips.</source>
        <translation>两腿之间未见空隙，因此内腿长由臀部推算。</translation>
    </message>
    <message>
        <source>An arm touched the body, so the shoulder width is less sure. Hold the arms slightly away.</source>
        <translation>手臂贴住了身体，因此肩宽不太确定。请让双臂稍微离开身体。</translation>
    </message>
    <message>
        <source>The height was measured from the reference object.</source>
        <translation>身高是根据参照物测得的。</translation>
    </message>
    <message>
        <source>The height you gave and the reference object disagree by over 3 %: check both.</source>
        <translation>您输入的身高与参照物测得的相差超过 3%：请检查两者。</translation>
    </message>
    <message>
        <source>The clothes&apos; usual allowance was taken off the girths; the +/- includes how much it varies.</source>
        <translation>已从围度中扣除衣物的常见余量；+/- 范围已包含其变化。</translation>
    </message>
    <message>
        <source>The girths use the body&apos;s width seen from every side during the turn.</source>
        <translation>围度采用了转身时从各个方向看到的身体宽度。</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>Admin PIN</source>
        <translation>管理员 PIN 码</translation>
    </message>
    <message>
        <source>Enter the new PIN again</source>
        <translation>再次输入新 PIN 码</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The two PINs differ. Start again.</source>
        <translation>两次输入的 PIN 码不一致，请重新开始。</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN 码错误。</translation>
    </message>
    <message>
        <source>Choose a new admin PIN (%1 to %2 digits)</source>
        <translation>设置新的管理员 PIN 码（%1 到 %2 位数字）</translation>
    </message>
    <message>
        <source>No admin PIN is set. Set one in the desktop app (File ▸ Settings) or with “sizer kiosk set-pin”.</source>
        <translation>尚未设置管理员 PIN 码。请在桌面应用（文件 ▸ 设置）中设置，或使用“sizer kiosk set-pin”。</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>PIN 码错误次数过多。请在 %1 秒后重试。</translation>
    </message>
</context>
<context>
    <name>PresetDialog</name>
    <message>
        <source>Amazon: size-chart workbook (XLSX)</source>
        <translation>亚马逊：尺码表工作簿 (XLSX)</translation>
    </message>
    <message>
        <source>Amazon: size attributes of each child listing</source>
        <translation>亚马逊：每个子体商品的尺码属性</translation>
    </message>
    <message>
        <source>Google Merchant Center: size feed</source>
        <translation>Google Merchant Center：尺码数据源</translation>
    </message>
    <message>
        <source>Shopify: size-chart metaobjects (JSON)</source>
        <translation>Shopify：尺码表元对象 (JSON)</translation>
    </message>
    <message>
        <source>Shopify: product metafields (CSV)</source>
        <translation>Shopify：产品元字段 (CSV)</translation>
    </message>
    <message>
        <source>Pictures for Temu, SHEIN, AliExpress (a folder)</source>
        <translation>Temu、SHEIN、速卖通用图片（一个文件夹）</translation>
    </message>
    <message>
        <source>Marketplace files</source>
        <translation>平台文件</translation>
    </message>
    <message>
        <source>as on your Amazon listings</source>
        <translation>与亚马逊商品上的一致</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>渠道(&amp;C)：</translation>
    </message>
    <message>
        <source>Amazon &amp;marketplace:</source>
        <translation>亚马逊站点(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Brand:</source>
        <translation>品牌(&amp;B)：</translation>
    </message>
    <message>
        <source>Google &amp;size system:</source>
        <translation>Google 尺码体系(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Picture size:</source>
        <translation>图片尺寸(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Which field each file fills, and from what: README, Marketplace presets.</source>
        <translation>每个文件填写哪些字段、来源为何：见 README 的“Marketplace presets”一节。</translation>
    </message>
    <message>
        <source>Amazon keeps one size chart per brand: type the brand.</source>
        <translation>亚马逊每个品牌一张尺码表：请输入品牌。</translation>
    </message>
    <message>
        <source>&amp;Language of the texts:</source>
        <translation>文字语言(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>PresetResultDialog</name>
    <message>
        <source>Marketplace files</source>
        <translation>平台文件</translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s) on what the file holds; read them before you upload it:</source>
        <translation>
            <numerusform>关于文件内容的 %Ln 条说明；上传前请先阅读：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>{reason} (also rows {rows})</source>
        <translation>{reason}（另见第 {rows} 行）</translation>
    </message>
    <message>
        <source>{reason} (also rows {rows} and {more} more)</source>
        <translation>{reason}（另见第 {rows} 行及另外 {more} 行）</translation>
    </message>
    <message>
        <source>{value} (row {row})</source>
        <translation>{value}（第 {row} 行）</translation>
    </message>
    <message>
        <source>{values} and {more} more</source>
        <translation>{values} 及另外 {more} 个</translation>
    </message>
    <message>
        <source> (did you mean {suggestions}?)</source>
        <translation>（是否指 {suggestions}？）</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} 或 {second}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>第 {row} 行</translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation>第 {column} 列</translation>
    </message>
    <message>
        <source>unknown catalogue format {suffix}; valid: {valid}</source>
        <translation>未知的商品目录格式 {suffix}；有效格式：{valid}</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>找不到文件</translation>
    </message>
    <message>
        <source>cannot read the file: {detail}</source>
        <translation>无法读取文件：{detail}</translation>
    </message>
    <message>
        <source>is a folder; give a catalogue file (.csv or .xlsx)</source>
        <translation>这是一个文件夹；请选择商品目录文件（.csv 或 .xlsx）</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe or a device); give a catalogue file (.csv or .xlsx)</source>
        <translation>这不是普通文件（管道或设备）；请选择商品目录文件（.csv 或 .xlsx）</translation>
    </message>
    <message>
        <source>the file is larger than {limit_gb} GB; split the catalogue</source>
        <translation>文件大于 {limit_gb} GB；请拆分商品目录</translation>
    </message>
    <message>
        <source>the file is empty; expected a header row</source>
        <translation>文件为空；应有一行表头</translation>
    </message>
    <message>
        <source>malformed CSV: {detail}</source>
        <translation>CSV 格式错误：{detail}</translation>
    </message>
    <message>
        <source>not a readable XLSX workbook ({detail})</source>
        <translation>不是可读取的 XLSX 工作簿（{detail}）</translation>
    </message>
    <message>
        <source>not an XLSX workbook (no xl/workbook.xml); save it from Excel or LibreOffice as .xlsx</source>
        <translation>不是 XLSX 工作簿（缺少 xl/workbook.xml）；请用 Excel 或 LibreOffice 另存为 .xlsx</translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <translation>工作簿中没有工作表</translation>
    </message>
    <message>
        <source>every sheet of the workbook is hidden; unhide the catalogue sheet in Excel and save again</source>
        <translation>工作簿的所有工作表都已隐藏；请在 Excel 中取消隐藏商品目录工作表后重新保存</translation>
    </message>
    <message>
        <source>a formula ({formula}) without a saved value; open the file in Excel or LibreOffice and save it again, or type the value itself</source>
        <translation>公式（{formula}）没有保存的值；请在 Excel 或 LibreOffice 中打开并重新保存文件，或直接输入数值</translation>
    </message>
    <message>
        <source>a reference to shared text {value} that the workbook does not have</source>
        <translation>引用了工作簿中不存在的共享文本 {value}</translation>
    </message>
    <message>
        <source>the spreadsheet error {value}; fix the formula or type the value</source>
        <translation>电子表格错误 {value}；请修正公式或直接输入数值</translation>
    </message>
    <message>
        <source>a date ({date}); Excel turns values such as 9-10 into dates: format the column as Text and type the value again</source>
        <translation>日期（{date}）；Excel 会把 9-10 这样的值变成日期：请把该列设为“文本”格式后重新输入</translation>
    </message>
    <message>
        <source>a text of {length} characters, more than a cell holds ({limit})</source>
        <translation>{length} 个字符的文本，超出单元格容量（{limit}）</translation>
    </message>
    <message>
        <source>a header cell holds {reason}</source>
        <translation>表头单元格中是{reason}</translation>
    </message>
    <message>
        <source>... and {count} more</source>
        <translation>…… 另有 {count} 个</translation>
    </message>
    <message>
        <source>no valid rows</source>
        <translation>没有有效的行</translation>
    </message>
    <message>
        <source>no data rows under the header</source>
        <translation>表头下没有数据行</translation>
    </message>
    <message>
        <source>unknown column {column}{did_you_mean}; valid: {fields}, &lt;dimension&gt;_min, &lt;dimension&gt;_max, garment_&lt;dimension&gt; (add _in for inches) with &lt;dimension&gt; one of {dimensions}</source>
        <translation>未知列 {column}{did_you_mean}；有效列：{fields}、&lt;dimension&gt;_min、&lt;dimension&gt;_max、garment_&lt;dimension&gt;（英寸加 _in），&lt;dimension&gt; 为以下之一：{dimensions}</translation>
    </message>
    <message>
        <source>no ease is defined for garment {dimension}, so it cannot become a body range; give {dimension}_min/_max instead, or use garment_ with one of {dimensions}</source>
        <translation>成衣 {dimension} 没有定义放松量，无法换算为人体范围；请改用 {dimension}_min/_max，或对以下之一使用 garment_：{dimensions}</translation>
    </message>
    <message>
        <source>the same column as {column}; keep one</source>
        <translation>与列 {column} 重复；请只保留一列</translation>
    </message>
    <message>
        <source>required column missing; a catalogue needs {columns}</source>
        <translation>缺少必需的列；商品目录需要 {columns}</translation>
    </message>
    <message>
        <source>empty; every row needs a listing_id, title, category and size_label</source>
        <translation>为空；每行都需要 listing_id、title、category 和 size_label</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>unknown {kind} {value}{did_you_mean}; valid: {choices}</source>
        <translation>未知的{kind} {value}{did_you_mean}；有效值：{choices}</translation>
    </message>
    <message>
        <source>unknown {kind} {value}{did_you_mean}
valid {kinds}: {choices}</source>
        <translation>未知的{kind} {value}{did_you_mean}
有效的{kinds}：{choices}</translation>
    </message>
    <message>
        <source>{choices}, ... ({count} in all)</source>
        <translation>{choices} ……（共 {count} 个）</translation>
    </message>
    <message>
        <source>listing {listing} has no sizes</source>
        <translation>商品 {listing} 没有尺码</translation>
    </message>
    <message>
        <source>{reason}; or leave it empty for the brand&apos;s own labels</source>
        <translation>{reason}；或留空以使用品牌自己的尺码标签</translation>
    </message>
    <message>
        <source>a row without measurements refers to the standard chart of its category, so it needs the label&apos;s size system; valid: {systems}</source>
        <translation>没有尺寸数据的行引用其类别的标准尺码表，因此需要标签所属的尺码体系；有效值：{systems}</translation>
    </message>
    <message>
        <source>differs from row {row} of listing {listing} ({value}); every row of a listing gives the same {field}</source>
        <translation>与商品 {listing} 的第 {row} 行（{value}）不同；同一商品的每一行 {field} 必须相同</translation>
    </message>
    <message>
        <source>listing {listing} already has size {label}; each label once</source>
        <translation>商品 {listing} 已有尺码 {label}；每个标签只能出现一次</translation>
    </message>
    <message>
        <source>{value} is not a number; expected cm, e.g. 92.5</source>
        <translation>{value} 不是数字；应为厘米数，例如 92.5</translation>
    </message>
    <message>
        <source>{value} is not a number; expected inches, e.g. 92.5</source>
        <translation>{value} 不是数字；应为英寸数，例如 92.5</translation>
    </message>
    <message>
        <source>{value} is not a length; expected a positive number</source>
        <translation>{value} 不是长度；应为正数</translation>
    </message>
    <message>
        <source>give either garment_{dimension} or {dimension}_min/_max in a row, not both</source>
        <translation>同一行中只能给出 garment_{dimension} 或 {dimension}_min/_max 之一，不能同时给出</translation>
    </message>
    <message>
        <source>{value} cm is not a plausible garment {dimension} (bodies measure {low} to {high} cm){hint}</source>
        <translation>{value} 厘米不是合理的成衣{dimension}（人体为 {low} 至 {high} 厘米）{hint}</translation>
    </message>
    <message>
        <source>{value} cm is not a plausible body {dimension}; expected {low} to {high} cm{hint}</source>
        <translation>{value} 厘米不是合理的人体{dimension}；应为 {low} 至 {high} 厘米{hint}</translation>
    </message>
    <message>
        <source>{low} to {high} cm</source>
        <translation>{low} 至 {high} 厘米</translation>
    </message>
    <message>
        <source>{low} to {high} cm for adults</source>
        <translation>成人 {low} 至 {high} 厘米</translation>
    </message>
    <message>
        <source>{low} to {high} cm for children</source>
        <translation>儿童 {low} 至 {high} 厘米</translation>
    </message>
    <message>
        <source>{value} cm is not a plausible body {dimension}; expected {expected}{hint}</source>
        <translation>{value} 厘米不是合理的人体{dimension}；应为 {expected}{hint}</translation>
    </message>
    <message>
        <source>{value} cm is not a plausible garment {dimension} (bodies measure {expected}){hint}</source>
        <translation>{value} 厘米不是合理的服装{dimension}（人体为 {expected}）{hint}</translation>
    </message>
    <message>
        <source>looks like inches: {typed} in = {cm} cm?</source>
        <translation>看起来是英寸：{typed} 英寸 = {cm} 厘米？</translation>
    </message>
    <message>
        <source>looks like millimetres: {typed} mm = {cm} cm?</source>
        <translation>看起来是毫米：{typed} 毫米 = {cm} 厘米？</translation>
    </message>
    <message>
        <source>looks like centimetres: {typed} cm?</source>
        <translation>看起来是厘米：{typed} 厘米？</translation>
    </message>
    <message>
        <source>; {slip}</source>
        <translation>；{slip}</translation>
    </message>
    <message>
        <source>; {slip} then end the column name in _in ({column})</source>
        <translation>；{slip}若是，请在列名末尾加 _in（{column}）</translation>
    </message>
    <message>
        <source>; {slip} the column is in cm</source>
        <translation>；{slip}该列单位为厘米</translation>
    </message>
    <message>
        <source>; {slip} then drop the _in from the column name</source>
        <translation>；{slip}若是，请去掉列名末尾的 _in</translation>
    </message>
    <message>
        <source>a measurement goes inside measurements_cm, e.g. {&quot;measurements_cm&quot;: {&quot;{key}&quot;: ...}}</source>
        <translation>测量值应放在 measurements_cm 中，例如 {&quot;measurements_cm&quot;: {&quot;{key}&quot;: ...}}</translation>
    </message>
    <message>
        <source>unknown profile key {key}; did you mean {hint} inside measurements_cm?</source>
        <translation>未知的档案键 {key}；您是指 measurements_cm 中的 {hint} 吗？</translation>
    </message>
    <message>
        <source>size {label}: {value} cm is not a plausible body {dimension}; expected {expected}{hint}</source>
        <translation>尺码 {label}：{value} 厘米不是合理的人体{dimension}；应为 {expected}{hint}</translation>
    </message>
    <message>
        <source> (import the other rows with --accept-valid-rows)</source>
        <translation>（用 --accept-valid-rows 导入其余各行）</translation>
    </message>
    <message>
        <source>; is it in cm? then drop the _in from the column name</source>
        <translation>；是厘米吗？那么请去掉列名中的 _in</translation>
    </message>
    <message>
        <source>; if the values are inches, end the column name in _in (e.g. chest_girth_min_in)</source>
        <translation>；如果数值是英寸，请在列名末尾加 _in（例如 chest_girth_min_in）</translation>
    </message>
    <message>
        <source>the minimum {low} cm is above the maximum {high} cm; swap them</source>
        <translation>最小值 {low} 厘米大于最大值 {high} 厘米；请交换两者</translation>
    </message>
    <message>
        <source>an open-ended size from {low} cm cannot reach the plausible maximum {high} cm of {dimension}; give {dimension}_max too</source>
        <translation>从 {low} 厘米起的开放尺码达不到 {dimension} 的合理最大值 {high} 厘米；请同时给出 {dimension}_max</translation>
    </message>
    <message>
        <source>a size up to {high} cm lies below the plausible minimum {low} cm of {dimension}; give {dimension}_min too</source>
        <translation>最大 {high} 厘米的尺码低于 {dimension} 的合理最小值 {low} 厘米；请同时给出 {dimension}_min</translation>
    </message>
    <message>
        <source>{path}: the column mapping is not complete:
  {problems}</source>
        <translation>{path}：列对应关系不完整：
  {problems}</translation>
    </message>
    <message>
        <source>the mapping&apos;s header row is not in the file</source>
        <translation>文件中没有列对应关系所指的表头行</translation>
    </message>
    <message>
        <source>the mapping names columns this file does not have; map this file&apos;s columns again</source>
        <translation>列对应关系中的列在此文件中不存在；请重新为此文件对应列</translation>
    </message>
    <message>
        <source>no option of this product is a size ({options}); name the size option Size, or map the size column</source>
        <translation>此商品没有表示尺码的选项（{options}）；请把尺码选项命名为 Size，或对应尺码列</translation>
    </message>
    <message>
        <source>no option names</source>
        <translation>没有选项名称</translation>
    </message>
    <message>
        <source>{value} is not a measurement; write one number or a range such as 86-90</source>
        <translation>{value} 不是尺寸；请写一个数字或 86-90 这样的范围</translation>
    </message>
    <message>
        <source>the sizes of listing {listing} are labels of more than one {category} size system ({systems}), which fit different bodies; give the size system in a column (e.g. a Size system metafield) or set it for every row in the mapping</source>
        <translation>商品{listing}的尺码同时是多个{category}尺码体系（{systems}）的标签，而这些体系对应的身材不同；请在一列中给出尺码体系（例如 Size system 元字段），或在映射中为所有行设定</translation>
    </message>
    <message>
        <source>{path}: cannot be written: {detail}</source>
        <translation>{path}：无法写入：{detail}</translation>
    </message>
    <message>
        <source>{dimension} {typed} is not a plausible body measurement for {chart}; expected {expected}{hint}</source>
        <translation>{dimension} {typed} 对 {chart} 不是可信的身体尺寸；应为 {expected}{hint}</translation>
    </message>
    <message>
        <source>--category is required (or --chart-file); categories: {categories}</source>
        <translation>必须给出 --category（或 --chart-file）；品类：{categories}</translation>
    </message>
    <message>
        <source>--category is required (or --chart-file); {system} {label} is a size of {matches}
all categories: {categories}</source>
        <translation>必须给出 --category（或 --chart-file）；{system} {label} 是这些品类的尺码：{matches}
全部品类：{categories}</translation>
    </message>
    <message>
        <source>{path}: a {channel} file is written as {suffixes}, not {suffix}; end the file name in one of these</source>
        <translation>{path}：{channel} 文件的格式为 {suffixes}，而不是 {suffix}；请让文件名以其中之一结尾</translation>
    </message>
    <message>
        <source>{path} is one picture, but the {count} listings make {count} pictures: write them to a folder, or choose one listing</source>
        <translation>{path} 是一张图片，但 {count} 个商品会生成 {count} 张图片：请写入文件夹，或只选一个商品</translation>
    </message>
    <message>
        <source>{path}: the pictures go in a folder, and this is a file; give a folder, or a .png or .jpg name for the picture of one listing</source>
        <translation>{path}：图片要写入文件夹，而这是一个文件；请指定文件夹，或为单个商品的图片指定 .png 或 .jpg 文件名</translation>
    </message>
    <message>
        <source>{path}: is a folder; give a file name inside it</source>
        <translation>{path}：这是一个文件夹；请在其中给出文件名</translation>
    </message>
    <message>
        <source>{path}: is not a regular file (a pipe or a device); give a file name</source>
        <translation>{path}：不是普通文件（管道或设备）；请给出文件名</translation>
    </message>
    <message>
        <source>{path}: the file is read-only; it was not replaced. Make it writable or save under another name</source>
        <translation>{path}：文件为只读，未被替换。请将其设为可写，或另存为其他名称</translation>
    </message>
    <message>
        <source>{path}: the folder {folder} does not exist</source>
        <translation>{path}：文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <source>{path}: {folder} exists but is not a folder</source>
        <translation>{path}：{folder} 已存在，但不是文件夹</translation>
    </message>
    <message>
        <source>{path}: the disk is full; nothing was written and any previous file is unchanged</source>
        <translation>{path}：磁盘已满；未写入任何内容，原有文件保持不变</translation>
    </message>
    <message>
        <source>{path}: permission denied; save somewhere you may write</source>
        <translation>{path}：没有权限；请保存到您有写入权限的位置</translation>
    </message>
    <message>
        <source>{path}: the disk is read-only; save somewhere else</source>
        <translation>{path}：磁盘为只读；请保存到其他位置</translation>
    </message>
    <message>
        <source>{path}: no temporary file name is free in {folder}</source>
        <translation>{path}：{folder} 中没有可用的临时文件名</translation>
    </message>
    <message>
        <source>a profile is a JSON object with &apos;measurements_cm&apos;</source>
        <translation>身体数据文件是包含 &apos;measurements_cm&apos; 的 JSON 对象</translation>
    </message>
    <message>
        <source>missing or empty; expected e.g. {&quot;chest_girth&quot;: 96, &quot;waist_girth&quot;: 82}</source>
        <translation>缺失或为空；应为例如 {&quot;chest_girth&quot;: 96, &quot;waist_girth&quot;: 82}</translation>
    </message>
    <message>
        <source>expected a list of strings</source>
        <translation>应为字符串列表</translation>
    </message>
    <message>
        <source>{value} is not one of {choices}</source>
        <translation>{value} 不是以下之一：{choices}</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe or a device), not a body profile: give a profile .json file</source>
        <translation>不是普通文件（管道或设备），不是身体数据：请选择身体数据 .json 文件</translation>
    </message>
    <message>
        <source>is a folder, not a profile file</source>
        <translation>这是一个文件夹，不是身体数据文件</translation>
    </message>
    <message>
        <source>cannot be read ({detail})</source>
        <translation>无法读取（{detail}）</translation>
    </message>
    <message>
        <source>larger than {kb} KB: not a body profile (save one with `sizer measure --json` or the Measure page)</source>
        <translation>大于 {kb} KB：不是身体数据（可用 `sizer measure --json` 或“测量”页面保存）</translation>
    </message>
    <message>
        <source>not UTF-8 text ({detail})</source>
        <translation>不是 UTF-8 文本（{detail}）</translation>
    </message>
    <message>
        <source>not valid JSON ({detail})</source>
        <translation>不是有效的 JSON（{detail}）</translation>
    </message>
    <message>
        <source>not a profile: the JSON is nested too deeply</source>
        <translation>不是身体数据：JSON 嵌套太深</translation>
    </message>
    <message>
        <source>{name} is not a number of centimetres (expected a plain decimal such as 82.5)</source>
        <translation>{name} 不是厘米数（应为 82.5 这样的普通小数）</translation>
    </message>
    <message>
        <source>{token} is not a plausible number of centimetres (expected a plain decimal such as 82.5)</source>
        <translation>{token} 不是合理的厘米数（应为 82.5 这样的普通小数）</translation>
    </message>
    <message>
        <source>expected an object of dimension: centimetres</source>
        <translation>应为“尺寸: 厘米”形式的对象</translation>
    </message>
    <message>
        <source>expected a number of cm, got {value}</source>
        <translation>应为厘米数，实际为 {value}</translation>
    </message>
    <message>
        <source>an uncertainty cannot be negative</source>
        <translation>误差不能为负数</translation>
    </message>
    <message>
        <source>an uncertainty of {value} cm says nothing; expected 0 to {high} cm</source>
        <translation>{value} 厘米的误差没有意义；应为 0 至 {high} 厘米</translation>
    </message>
    <message>
        <source>listing {listing}: a title cannot be empty</source>
        <translation>商品 {listing}：标题不能为空</translation>
    </message>
    <message>
        <source>listing {listing}: {value} is not a size system of {category}; valid: {systems}, or empty for the brand&apos;s own labels</source>
        <translation>商品 {listing}：{value} 不是 {category} 的尺码体系；有效值：{systems}，或留空以使用品牌自己的标签</translation>
    </message>
    <message>
        <source>listing {listing}: its sizes are labels of the {system} chart, so the system cannot change here; give the sizes&apos; measurements in the file instead</source>
        <translation>商品 {listing}：其尺码是 {system} 尺码表的标签，因此不能在这里更改体系；请改为在文件中给出各尺码的尺寸</translation>
    </message>
    <message>
        <source>size {label}: its ranges come from a chart or from garment measurements</source>
        <translation>尺码 {label}：其范围来自尺码表或成衣尺寸</translation>
    </message>
    <message>
        <source>size {label}: {value} cm is not a plausible body {dimension}; expected {low} to {high} cm</source>
        <translation>尺码 {label}：{value} 厘米不是合理的人体{dimension}；应为 {low} 至 {high} 厘米</translation>
    </message>
    <message>
        <source>size {label}: the minimum {low} cm must stay below the maximum {high} cm</source>
        <translation>尺码 {label}：最小值 {low} 厘米必须小于最大值 {high} 厘米</translation>
    </message>
    <message>
        <source>the sheet is empty</source>
        <translation>工作表为空</translation>
    </message>
    <message>
        <source>no measurement found: expected headers such as Chest, Waist, Hip, Inseam (or 胸围, 腰围, 臀围) beside the size labels</source>
        <translation>未找到尺寸：尺码标签旁应有 Chest、Waist、Hip、Inseam（或胸围、腰围、臀围）等表头</translation>
    </message>
    <message>
        <source>no size labels found: expected a column (or row) of sizes such as Size, US, UK, EU</source>
        <translation>未找到尺码标签：应有一列（或一行）尺码，例如 Size、US、UK、EU</translation>
    </message>
    <message>
        <source>no sizes under the header</source>
        <translation>表头下没有尺码</translation>
    </message>
    <message>
        <source>the chart has no {system} labels; it has {systems}</source>
        <translation>该尺码表没有 {system} 标签；它有 {systems}</translation>
    </message>
    <message>
        <source>no ease is known for garment {dimensions}, so Sizer cannot tell the body they fit; import a body-measurement chart, or one with {known}</source>
        <translation>成衣 {dimensions} 没有已知的放松量，Sizer 无法判断适合的人体尺寸；请导入人体尺寸表，或包含 {known} 的尺码表</translation>
    </message>
    <message>
        <source>size {label} appears twice in the chart&apos;s {system} labels</source>
        <translation>尺码 {label} 在该尺码表的 {system} 标签中出现了两次</translation>
    </message>
    <message>
        <source>the chart has no sizes with {system} labels</source>
        <translation>该尺码表没有带 {system} 标签的尺码</translation>
    </message>
    <message>
        <source>chart id {chart_id}: lower-case letters, digits and _ only</source>
        <translation>尺码表编号 {chart_id}：只能使用小写字母、数字和 _</translation>
    </message>
    <message>
        <source>a garment chart becomes body ranges through a category&apos;s ease: give its category</source>
        <translation>成衣尺码表需要通过类别的放松量换算为人体范围：请给出其类别</translation>
    </message>
    <message>
        <source>{label}: no such file</source>
        <translation>{label}：没有这个文件</translation>
    </message>
    <message>
        <source>Give the path of a JPEG or PNG photo.</source>
        <translation>请给出 JPEG 或 PNG 照片的路径。</translation>
    </message>
    <message>
        <source>{label}: the file is empty</source>
        <translation>{label}：文件为空</translation>
    </message>
    <message>
        <source>Take or export the photo again.</source>
        <translation>请重新拍摄或导出照片。</translation>
    </message>
    <message>
        <source>{label}: the file is {mb} MB, too large</source>
        <translation>{label}：文件有 {mb} MB，太大了</translation>
    </message>
    <message>
        <source>Use a normal camera photo (JPEG or PNG under 80 MB).</source>
        <translation>请使用普通的相机照片（JPEG 或 PNG，小于 80 MB）。</translation>
    </message>
    <message>
        <source>{label}: {width}x{height} pixels is too large</source>
        <translation>{label}：{width}x{height} 像素太大了</translation>
    </message>
    <message>
        <source>Use a photo of at most 64 megapixels.</source>
        <translation>请使用不超过 6400 万像素的照片。</translation>
    </message>
    <message>
        <source>{label}: not a readable image</source>
        <translation>{label}：不是可读取的图像</translation>
    </message>
    <message>
        <source>Use a JPEG or PNG photo (8-bit colour).</source>
        <translation>请使用 JPEG 或 PNG 照片（8 位彩色）。</translation>
    </message>
    <message>
        <source>{label}: {bits}-bit image</source>
        <translation>{label}：{bits} 位图像</translation>
    </message>
    <message>
        <source>Export the photo as an ordinary 8-bit JPEG or PNG.</source>
        <translation>请把照片导出为普通的 8 位 JPEG 或 PNG。</translation>
    </message>
    <message>
        <source>{label}: a greyscale image</source>
        <translation>{label}：灰度图像</translation>
    </message>
    <message>
        <source>Use a colour photo: the person is found by colour against the background.</source>
        <translation>请使用彩色照片：人物是靠颜色与背景区分出来的。</translation>
    </message>
    <message>
        <source>{label}: {width}x{height} pixels is too small</source>
        <translation>{label}：{width}x{height} 像素太小了</translation>
    </message>
    <message>
        <source>Use a photo at least {pixels} pixels on its short side.</source>
        <translation>请使用短边至少 {pixels} 像素的照片。</translation>
    </message>
    <message>
        <source>{label}: a CMYK (print) image</source>
        <translation>{label}：CMYK（印刷）图像</translation>
    </message>
    <message>
        <source>Export the photo in RGB colour (as a camera saves it).</source>
        <translation>请把照片导出为 RGB 彩色（相机保存的格式）。</translation>
    </message>
    <message>
        <source>cannot open {what}</source>
        <translation>无法打开{what}</translation>
    </message>
    <message>
        <source>camera {number} (device {index})</source>
        <translation>摄像头 {number}（设备 {index}）</translation>
    </message>
    <message>
        <source>video {path}</source>
        <translation>视频 {path}</translation>
    </message>
    <message>
        <source>Check that it exists and no other program is using it.</source>
        <translation>请检查它是否存在，以及是否有其他程序正在使用。</translation>
    </message>
    <message>
        <source>{path}: no such video file</source>
        <translation>{path}：没有这个视频文件</translation>
    </message>
    <message>
        <source>Give the path of a video file.</source>
        <translation>请给出视频文件的路径。</translation>
    </message>
    <message>
        <source>{folder}: no images found</source>
        <translation>{folder}：没有找到图像</translation>
    </message>
    <message>
        <source>Put {suffixes} files in it.</source>
        <translation>请在其中放入 {suffixes} 文件。</translation>
    </message>
    <message>
        <source>{path}: cannot measure this {view} photo ({reasons})</source>
        <translation>{path}：无法测量这张{view}照片（{reasons}）</translation>
    </message>
    <message>
        <source>front</source>
        <translation>正面</translation>
    </message>
    <message>
        <source>side</source>
        <translation>侧面</translation>
    </message>
    <message>
        <source>a stature of {stature} cm is not plausible</source>
        <translation>身高 {stature} 厘米不合理</translation>
    </message>
    <message>
        <source>Give the height in centimetres, {low} to {high}.</source>
        <translation>请以厘米为单位输入身高，{low} 至 {high}。</translation>
    </message>
    <message>
        <source>the person&apos;s height is needed for the scale</source>
        <translation>需要身高来确定比例</translation>
    </message>
    <message>
        <source>Give the height in cm, or hold a printed marker or ID card in the front photo.</source>
        <translation>请输入以厘米为单位的身高，或在正面照片中手持打印的标记或身份证。</translation>
    </message>
    <message>
        <source>the {reference} gives an implausible height ({height} cm)</source>
        <translation>{reference}得出的身高不合理（{height} 厘米）</translation>
    </message>
    <message>
        <source>Hold it flat on your stomach, facing the camera, and check its printed size.</source>
        <translation>请把它平贴在腹部、正对摄像头，并核对其打印尺寸。</translation>
    </message>
    <message>
        <source>printed marker</source>
        <translation>打印的标记</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>身份证</translation>
    </message>
    <message>
        <source>the photos gave an implausible {dimension} ({value} cm)</source>
        <translation>照片得出的{dimension}不合理（{value} 厘米）</translation>
    </message>
    <message>
        <source>Retake both photos: whole body in view, plain background, tight clothes, arms slightly away.</source>
        <translation>请重新拍摄两张照片：全身入镜、背景简洁、衣服贴身、手臂稍离身体。</translation>
    </message>
    <message>
        <source>loose clothes: the girths cannot be measured</source>
        <translation>衣服宽松：无法测量围度</translation>
    </message>
    <message>
        <source>Loose clothes hide the body&apos;s shape, so the girths would read several centimetres too big. Change into a fitted top and leggings (or underwear) and measure again, or measure with a tape following the illustrated measuring guide.</source>
        <translation>宽松的衣服会遮住身体轮廓，围度会偏大好几厘米。请换上贴身上衣和紧身裤（或内衣）后重新测量，或按照图示测量指南用软尺测量。</translation>
    </message>
    <message>
        <source>the silhouette shows loose clothing (a hem, a waist as deep as the chest)</source>
        <translation>轮廓显示衣服宽松（有下摆，或腰部与胸部一样厚）</translation>
    </message>
    <message>
        <source>the capture is not finished</source>
        <translation>拍摄尚未完成</translation>
    </message>
    <message>
        <source>Hold still facing the camera, then side-on ({step} now).</source>
        <translation>请先正对摄像头保持不动，然后侧身（当前：{step}）。</translation>
    </message>
    <message>
        <source>facing the camera</source>
        <translation>正对摄像头</translation>
    </message>
    <message>
        <source>turning</source>
        <translation>转身</translation>
    </message>
    <message>
        <source>side-on</source>
        <translation>侧身</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>the torso could not be traced in the photos</source>
        <translation>无法在照片中描出躯干</translation>
    </message>
    <message>
        <source>Stand against a plain background, arms slightly away from the body.</source>
        <translation>请站在简洁的背景前，手臂稍离身体。</translation>
    </message>
    <message>
        <source>the front view is turned {degrees} degrees from the camera</source>
        <translation>正面视图偏离摄像头 {degrees} 度</translation>
    </message>
    <message>
        <source>Face the camera squarely for the front view (feet and shoulders square to it).</source>
        <translation>拍正面时请正对摄像头（双脚和双肩都正对）。</translation>
    </message>
    <message>
        <source>the side view is {degrees} degrees off side-on</source>
        <translation>侧面视图偏离正侧面 {degrees} 度</translation>
    </message>
    <message>
        <source>Turn exactly a quarter turn for the side view: one shoulder pointing at the camera.</source>
        <translation>拍侧面时请正好转四分之一圈：一侧肩膀指向摄像头。</translation>
    </message>
    <message>
        <source>the {girth} read {value} cm where the other girths of a real body would put it near {predicted} cm</source>
        <translation>{girth}测得 {value} 厘米，而按真实人体的其他围度应接近 {predicted} 厘米</translation>
    </message>
    <message>
        <source>Measure again: face the camera squarely, then turn exactly side-on; arms a hand&apos;s width from the body; fitted clothes; the camera at chest height, 2-3 m away.</source>
        <translation>请重新测量：先正对摄像头，再正好侧身；手臂离身体一掌宽；穿贴身衣服；摄像头与胸部同高，距离 2-3 米。</translation>
    </message>
    <message>
        <source>{what} was not found in the front photo</source>
        <translation>在正面照片中没有找到{what}</translation>
    </message>
    <message>
        <source>the printed marker</source>
        <translation>打印的标记</translation>
    </message>
    <message>
        <source>an ID card (85.6 x 54 mm)</source>
        <translation>身份证（85.6 x 54 毫米）</translation>
    </message>
    <message>
        <source>Hold it flat against your stomach, facing the camera, fully visible and unbent.</source>
        <translation>请把它平贴在腹部、正对摄像头，完整可见且不弯折。</translation>
    </message>
    <message>
        <source>No person was found. Stand 2-3 m from the camera, in good light, against a plain wall.</source>
        <translation>没有找到人。请站在距摄像头 2-3 米处，光线充足，背靠素色墙面。</translation>
    </message>
    <message>
        <source>More than one person is in the picture. Only the person to be measured may be in view.</source>
        <translation>画面中不止一个人。只有被测量的人可以在画面中。</translation>
    </message>
    <message>
        <source>The whole body must be in the picture, from the top of the head to the feet, with a little space around it. Step back or lower the zoom.</source>
        <translation>整个身体必须在画面中，从头顶到双脚，四周留一点空间。请后退或缩小变焦。</translation>
    </message>
    <message>
        <source>The person is too small in the picture. Step closer: the body should fill at least half of the picture&apos;s height.</source>
        <translation>人在画面中太小。请走近一些：身体应至少占画面高度的一半。</translation>
    </message>
    <message>
        <source>The person is too close. Step back until there is space above the head and below the feet.</source>
        <translation>人太近了。请后退，直到头顶上方和脚下都有空间。</translation>
    </message>
    <message>
        <source>Stand upright, feet slightly apart, looking ahead (not seated or bending).</source>
        <translation>请站直，双脚稍分开，目视前方（不要坐着或弯腰）。</translation>
    </message>
    <message>
        <source>This is not a front view. Face the camera squarely for the front photo.</source>
        <translation>这不是正面视图。拍正面照片时请正对摄像头。</translation>
    </message>
    <message>
        <source>This is not a side view. Turn 90 degrees so that your side faces the camera.</source>
        <translation>这不是侧面视图。请转身 90 度，让身体侧面对着摄像头。</translation>
    </message>
    <message>
        <source>The person faces away from the camera. Face the camera for the front photo.</source>
        <translation>人背对着摄像头。拍正面照片时请面向摄像头。</translation>
    </message>
    <message>
        <source>Hold the arms slightly away from the body (a hand&apos;s width), so the waist shows.</source>
        <translation>请让手臂稍离身体（一掌宽），露出腰部。</translation>
    </message>
    <message>
        <source>The picture is too dark. Turn on more light, facing the person.</source>
        <translation>画面太暗。请打开更多面向人物的灯光。</translation>
    </message>
    <message>
        <source>The picture is overexposed. Avoid a window or a lamp behind or straight at the person.</source>
        <translation>画面过曝。请避开人物身后或正对人物的窗户或灯。</translation>
    </message>
    <message>
        <source>no person</source>
        <translation>没有人</translation>
    </message>
    <message>
        <source>several people</source>
        <translation>多人</translation>
    </message>
    <message>
        <source>body cut off</source>
        <translation>身体不完整</translation>
    </message>
    <message>
        <source>too far</source>
        <translation>太远</translation>
    </message>
    <message>
        <source>too close</source>
        <translation>太近</translation>
    </message>
    <message>
        <source>not upright</source>
        <translation>没有站直</translation>
    </message>
    <message>
        <source>expected front</source>
        <translation>应为正面</translation>
    </message>
    <message>
        <source>expected side</source>
        <translation>应为侧面</translation>
    </message>
    <message>
        <source>facing away</source>
        <translation>背对摄像头</translation>
    </message>
    <message>
        <source>arms against body</source>
        <translation>手臂贴着身体</translation>
    </message>
    <message>
        <source>too dark</source>
        <translation>太暗</translation>
    </message>
    <message>
        <source>too bright</source>
        <translation>太亮</translation>
    </message>
    <message>
        <source>empty; expected a whole number</source>
        <translation>为空；应为整数</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} 不是整数</translation>
    </message>
    <message>
        <source>{value} is below {minimum}; expected a whole number of at least {minimum}</source>
        <translation>{value} 小于 {minimum}；应为不小于 {minimum} 的整数</translation>
    </message>
    <message>
        <source>empty; expected a date such as 2024-03-05, 2024-03-05 10:11:12, 05-03-2024 or 05.03.2024</source>
        <translation>为空；应为日期，例如 2024-03-05、2024-03-05 10:11:12、05-03-2024 或 05.03.2024</translation>
    </message>
    <message>
        <source>{value} is not a date such as 2024-03-05, 2024-03-05 10:11:12, 05-03-2024 or 05.03.2024</source>
        <translation>{value} 不是日期（例如 2024-03-05、2024-03-05 10:11:12、05-03-2024 或 05.03.2024）</translation>
    </message>
    <message>
        <source>empty; every line needs its listing</source>
        <translation>为空；每个订单行都需要商品</translation>
    </message>
    <message>
        <source>listing {listing} is not in the catalogue{did_you_mean}</source>
        <translation>商品 {listing} 不在商品目录中{did_you_mean}</translation>
    </message>
    <message>
        <source>{value} is not a size of {listing}; valid: {labels}</source>
        <translation>{value} 不是 {listing} 的尺码；有效尺码：{labels}</translation>
    </message>
    <message>
        <source>{returned} returned of {sold} sold; no more can come back than were sold</source>
        <translation>售出 {sold} 件却退回 {returned} 件；退回数量不能超过售出数量</translation>
    </message>
    <message>
        <source>no order lines under the header</source>
        <translation>表头下没有订单行</translation>
    </message>
    <message>
        <source>empty; every line needs its order</source>
        <translation>为空；每个订单行都需要订单号</translation>
    </message>
    <message>
        <source>unknown orders layout {layout}; valid: {layouts}</source>
        <translation>未知的订单格式 {layout}；有效格式：{layouts}</translation>
    </message>
    <message>
        <source>the columns are not Sizer&apos;s, Shopify&apos;s or Amazon&apos;s: map them once (sizer returns analyse --map FIELD=COLUMN ..., or the column dialog in the app) with FIELD one of {fields}; required: {required}. The file&apos;s columns: {columns}</source>
        <translation>这些列不是 Sizer、Shopify 或 Amazon 的格式：请先对应一次（sizer returns analyse --map FIELD=COLUMN ……，或应用中的列对应对话框），FIELD 为以下之一：{fields}；必需：{required}。文件中的列：{columns}</translation>
    </message>
    <message>
        <source>unknown column{did_you_mean}; valid: {fields} (another layout: give a column mapping)</source>
        <translation>未知列{did_you_mean}；有效列：{fields}（其他格式：请提供列对应关系）</translation>
    </message>
    <message>
        <source>required column missing; an orders file needs {fields}</source>
        <translation>缺少必需的列；订单文件需要 {fields}</translation>
    </message>
    <message>
        <source>the mapping takes {field} from column {column}, which the file does not have; its columns: {columns}</source>
        <translation>列对应关系从列 {column} 读取 {field}，但文件中没有该列；文件中的列：{columns}</translation>
    </message>
    <message>
        <source>{what} matches no listing and size of the catalogue; SKUs are read as &lt;listing_id&gt;-&lt;size&gt; (or with _ / . space or nothing between){names_hint}</source>
        <translation>{what} 与商品目录中的任何商品和尺码都不匹配；SKU 按 &lt;listing_id&gt;-&lt;size&gt; 读取（中间也可以是 _ / . 空格或不加分隔）{names_hint}</translation>
    </message>
    <message>
        <source>, item names as &apos;&lt;title&gt; - &lt;size&gt;&apos; (or &apos;&lt;title&gt; - &lt;size&gt; / &lt;colour&gt;&apos;)</source>
        <translation>，商品名称按 &apos;&lt;title&gt; - &lt;size&gt;&apos;（或 &apos;&lt;title&gt; - &lt;size&gt; / &lt;colour&gt;&apos;）读取</translation>
    </message>
    <message>
        <source>SKU {sku}</source>
        <translation>SKU {sku}</translation>
    </message>
    <message>
        <source>an empty SKU</source>
        <translation>空的 SKU</translation>
    </message>
    <message>
        <source>{what} (item {name})</source>
        <translation>{what}（商品 {name}）</translation>
    </message>
    <message>
        <source>required column of {what} missing (looked for {names})</source>
        <translation>缺少{what}的必需列（查找了 {names}）</translation>
    </message>
    <message>
        <source>unknown orders field {field}{did_you_mean}
valid fields: {fields}</source>
        <translation>未知的订单字段 {field}{did_you_mean}
有效字段：{fields}</translation>
    </message>
    <message>
        <source>; did you mean {suggestions}?</source>
        <translation>；是否指 {suggestions}？</translation>
    </message>
    <message>
        <source>--map {pair}: expected FIELD=COLUMN, e.g. size_label=Size</source>
        <translation>--map {pair}：应为 FIELD=COLUMN，例如 size_label=Size</translation>
    </message>
    <message>
        <source>cannot read the remembered column mappings: {detail}; delete the file to start afresh</source>
        <translation>无法读取已记住的列对应关系：{detail}；删除该文件即可重新开始</translation>
    </message>
    <message>
        <source>open an orders file first</source>
        <translation>请先打开订单文件</translation>
    </message>
    <message>
        <source>nothing to correct: no flagged size is selected</source>
        <translation>没有可修正的内容：未选择任何被标记的尺码</translation>
    </message>
    <message>
        <source>the bundled sample catalogue is never overwritten: choose where to save the corrected one</source>
        <translation>内置的示例商品目录不会被覆盖：请选择修正后目录的保存位置</translation>
    </message>
    <message>
        <source>no correction to undo</source>
        <translation>没有可撤销的修正</translation>
    </message>
    <message>
        <source>a Shopify orders export</source>
        <translation>Shopify 订单导出</translation>
    </message>
    <message>
        <source>a Shopify returns file</source>
        <translation>Shopify 退货文件</translation>
    </message>
    <message>
        <source>an Amazon All Orders report</source>
        <translation>Amazon 全部订单报告</translation>
    </message>
    <message>
        <source>an Amazon customer returns report</source>
        <translation>Amazon 买家退货报告</translation>
    </message>
    <message>
        <source>no line of order {order} with SKU {sku} in the orders file</source>
        <translation>订单文件中没有订单 {order} 中 SKU 为 {sku} 的行</translation>
    </message>
    <message>
        <source>{value} is not a whole number of at least 1</source>
        <translation>{value} 不是不小于 1 的整数</translation>
    </message>
    <message>
        <source>column {column}: unknown target {target}; valid: {targets}, option&lt;n&gt;_name/_value, or a measurement (&lt;dimension&gt;_min, _max, _range, garment_&lt;dimension&gt;, add _in for inches)</source>
        <translation>列 {column}：未知目标 {target}；有效目标：{targets}、option&lt;n&gt;_name/_value，或尺寸（&lt;dimension&gt;_min、_max、_range、garment_&lt;dimension&gt;，英寸加 _in）</translation>
    </message>
    <message>
        <source>constant {name}: only {fields} can be set for every row</source>
        <translation>常量 {name}：只有 {fields} 可以对每一行统一设置</translation>
    </message>
    <message>
        <source>no column is the listing id (e.g. Handle, parent_sku, 款号); choose one</source>
        <translation>没有列被设为商品编号（例如 Handle、parent_sku、款号）；请选择一列</translation>
    </message>
    <message>
        <source>no column is the title (e.g. Title, item_name, 商品名称); choose one</source>
        <translation>没有列被设为标题（例如 Title、item_name、商品名称）；请选择一列</translation>
    </message>
    <message>
        <source>no column is the size (e.g. Size, Option1 Value, size_name, 尺码); choose one</source>
        <translation>没有列被设为尺码（例如 Size、Option1 Value、size_name、尺码）；请选择一列</translation>
    </message>
    <message>
        <source>no category: choose the column that holds it, or one category for every row</source>
        <translation>没有类别：请选择包含类别的列，或为所有行指定一个类别</translation>
    </message>
    <message>
        <source> (SKUs {skus})</source>
        <translation>（SKU {skus}）</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>dimension</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>dimensions</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>listing</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>listings</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>fit</source>
        <translation>版型</translation>
    </message>
    <message>
        <source>stretch</source>
        <translation>弹性</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>适用人群</translation>
    </message>
    <message>
        <source>%1 size systems</source>
        <translation>%1 尺码体系</translation>
    </message>
    <message>
        <source>%1 size system</source>
        <translation>%1 尺码体系</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a code a file holds, then its name</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>header</source>
        <translation>表头</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>列 %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>field %1</source>
        <translation>字段 %1</translation>
    </message>
    <message>
        <source>{owner} has no {kind} {value}; its {kinds}: {choices}</source>
        <translation>{owner} 没有{kind} {value}；它的{kinds}：{choices}</translation>
    </message>
    <message>
        <source>{value} {unit} is not a plausible {dimension}; expected {expected}{hint}</source>
        <translation>{value} {unit} 不是合理的{dimension}；应为 {expected}{hint}</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>第 {line} 行第 {column} 列</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>一个列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>一个对象</translation>
    </message>
    <message>
        <source> (1 valid row; accept it with --accept-valid-rows)</source>
        <translation> （有 1 行有效；用 --accept-valid-rows 接受它）</translation>
    </message>
    <message>
        <source>unknown people file format {suffix}; valid: {valid}</source>
        <translation>未知的人员文件格式 {suffix}；有效的有：{valid}</translation>
    </message>
    <message>
        <source>not UTF-8 text (at byte {at}); save it as CSV UTF-8 (Excel: Save as, CSV UTF-8)</source>
        <translation>不是 UTF-8 文本（第 {at} 字节）；请另存为 CSV UTF-8（Excel：另存为 → CSV UTF-8）</translation>
    </message>
    <message>
        <source>empty; expected a header row with an id column and measurement columns</source>
        <translation>为空；应有一行表头，包含 id 列和测量值列</translation>
    </message>
    <message>
        <source>no people under the header</source>
        <translation>表头下没有人员</translation>
    </message>
    <message>
        <source>no id column; name one of {names}</source>
        <translation>没有 id 列；请用以下名称之一：{names}</translation>
    </message>
    <message>
        <source>unknown column{did_you_mean}; valid: an id column ({ids}), a measurement named after its dimension (chest_girth in cm, chest_girth_in in inches), &lt;dimension&gt;_uncertainty in cm, fit_preference, segment</source>
        <translation>未知列{did_you_mean}；有效的有：id 列（{ids}）、以身体部位命名的测量值（chest_girth 为厘米，chest_girth_in 为英寸）、&lt;dimension&gt;_uncertainty（厘米）、fit_preference、segment</translation>
    </message>
    <message>
        <source>no measurement columns; name them after the dimensions: {dimensions}</source>
        <translation>没有测量值列；请按身体部位命名：{dimensions}</translation>
    </message>
    <message>
        <source>empty; every person needs an id</source>
        <translation>为空；每个人都需要一个 id</translation>
    </message>
    <message>
        <source>{person} is already on {where}; every person once</source>
        <translation>{person} 已在{where}出现；每人只列一次</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>第 {line} 行</translation>
    </message>
    <message>
        <source>person {person} has no measurements; give at least one</source>
        <translation>人员 {person} 没有测量值；请至少提供一项</translation>
    </message>
    <message>
        <source>{slip} the column is in cm: {value}</source>
        <translation>{slip}该列以厘米为单位：{value}</translation>
    </message>
    <message>
        <source>{slip} then name the column {column}</source>
        <translation>{slip}那么请将该列命名为 {column}</translation>
    </message>
    <message>
        <source>not valid JSON (at column {column}); a line holds one person, e.g. {&quot;id&quot;: 17, &quot;measurements_cm&quot;: {&quot;chest_girth&quot;: 96}}</source>
        <translation>不是有效的 JSON（第 {column} 列）；每行是一个人，例如 {&quot;id&quot;: 17, &quot;measurements_cm&quot;: {&quot;chest_girth&quot;: 96}}</translation>
    </message>
    <message>
        <source>not a person: a line holds one JSON object, e.g. {&quot;id&quot;: 17, &quot;measurements_cm&quot;: {&quot;chest_girth&quot;: 96}}</source>
        <translation>不是一个人的数据：每行是一个 JSON 对象，例如 {&quot;id&quot;: 17, &quot;measurements_cm&quot;: {&quot;chest_girth&quot;: 96}}</translation>
    </message>
    <message>
        <source>every person needs an id, e.g. &quot;id&quot;: 17</source>
        <translation>每个人都需要一个 id，例如 &quot;id&quot;: 17</translation>
    </message>
    <message>
        <source>{owner} has no {kind} {value}
its {kinds}: {choices}</source>
        <translation>{owner} 没有{kind} {value}
它的{kinds}：{choices}</translation>
    </message>
    <message>
        <source>size type</source>
        <translation>尺码类型</translation>
    </message>
    <message>
        <source>size types</source>
        <translation>尺码类型</translation>
    </message>
    <message>
        <source>size system</source>
        <translation>尺码体系</translation>
    </message>
    <message>
        <source>size systems</source>
        <translation>尺码体系</translation>
    </message>
    <message>
        <source>the {channel} file is not written: two sizes of one listing would be the same variant there ({details}); give each size its own label in the catalogue, then export again</source>
        <translation>{channel} 文件未写出：同一商品的两个尺码在其中会成为同一个变体（{details}）；请在目录中为每个尺码使用不同的标签，然后重新导出</translation>
    </message>
    <message>
        <source>; {value} looks like half a girth, measured across the garment laid flat: give the whole girth ({doubled} cm), or import the chart with Brand chart…, which doubles laid-flat widths</source>
        <translation>；{value} 像是平铺测量的半围：请填写全围（{doubled} cm），或用“品牌尺码表…”导入该表，它会把平铺宽度加倍</translation>
    </message>
    <message>
        <source>rows {rows}</source>
        <translation>第{rows}行</translation>
    </message>
    <message>
        <source>rows {rows} and {more} more</source>
        <translation>第{rows}行及另外{more}行</translation>
    </message>
    <message>
        <source>{path} is your own file, imported through a column mapping: saving over it would replace its columns with Sizer&apos;s. Choose a new file name.</source>
        <translation>{path}是您自己的文件，通过列映射导入：覆盖它会用 Sizer 的列替换原有的列。请选择新的文件名。</translation>
    </message>
    <message>
        <source>{path} is the workbook this catalogue was read from, and it has other sheets: saving over it would delete them. Choose a new file name.</source>
        <translation>{path}是读取此商品目录的工作簿，其中还有其他工作表：覆盖它会删除这些工作表。请选择新的文件名。</translation>
    </message>
    <message>
        <source>{path} is the file this catalogue was imported from, and the rows with problems were left out: saving over it would delete them. Choose a new file name (fix the rows in the original and open it again to import them too).</source>
        <translation>{path}是导入此商品目录的源文件，有问题的行未导入：覆盖它会删除这些行。请选择新的文件名（在原文件中修正这些行后重新打开，即可一并导入）。</translation>
    </message>
    <message>
        <source>{field} for every row: Sizer does not know {value}; valid: {valid}</source>
        <translation>所有行的{field}：Sizer 不认识{value}；有效值：{valid}</translation>
    </message>
    <message>
        <source>size system {system} for every row: the charts of {categories} have no labels in it; choose another, or leave it empty for the brand&apos;s own labels</source>
        <translation>所有行的尺码体系{system}：{categories}的尺码表中没有该体系的尺码；请另选一个，或留空以使用品牌自己的尺码标签</translation>
    </message>
    <message>
        <source>category {text}: Sizer does not know {value}; choose a Sizer category or not sized</source>
        <translation>类目{text}：Sizer 不认识{value}；请选择 Sizer 类目或“无尺码”</translation>
    </message>
    <message>
        <source>Category (every row)</source>
        <translation>类目（所有行）</translation>
    </message>
    <message>
        <source>Size system (every row)</source>
        <translation>尺码体系（所有行）</translation>
    </message>
    <message>
        <source>Fit (every row)</source>
        <translation>版型（所有行）</translation>
    </message>
    <message>
        <source>Stretch (every row)</source>
        <translation>弹性（所有行）</translation>
    </message>
    <message>
        <source>{listing}: sizes {sizes}{rows} would all be {value}</source>
        <translation>{listing}：尺码 {sizes}{rows}都会成为 {value}</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} 和 {second}</translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <translation>{first}；{second}</translation>
    </message>
    <message>
        <source>the brand&apos;s own labels</source>
        <translation>品牌自有标签</translation>
    </message>
    <message>
        <source>size {sizes} has no {system} equivalent in the {category} chart</source>
        <translation>尺码 {sizes} 在 {category} 尺码表中没有对应的 {system} 尺码</translation>
    </message>
    <message>
        <source>sizes {sizes} have no {system} equivalent in the {category} chart</source>
        <translation>尺码 {sizes} 在 {category} 尺码表中没有对应的 {system} 尺码</translation>
    </message>
    <message>
        <source>sizes {sizes} would all be {system} {label}</source>
        <translation>尺码 {sizes} 都会成为 {system} {label}</translation>
    </message>
    <message>
        <source>{listing}: sizes {first} and {second} are both {label} with the same ranges: one row</source>
        <translation>{listing}：尺码 {first} 和 {second} 都是 {label}，范围相同：合为一行</translation>
    </message>
    <message>
        <source>{listing}: Amazon keeps one size chart per brand, department and product type, but this listing&apos;s size table differs from {listings} ({why}); it is written as a chart of its own ({chart}): upload the chart that fits your listings, or give them one size table</source>
        <translation>{listing}：亚马逊每个品牌、部门和商品类型只保留一张尺码表，但该商品的尺码表与 {listings} 不同（{why}）；它被写成一张单独的尺码表（{chart}）：请上传适合您商品的那张尺码表，或为这些商品使用同一张尺码表</translation>
    </message>
    <message>
        <source>its sizes are in {system}, the chart&apos;s in {chart_system}</source>
        <translation>它的尺码属于 {system}，该尺码表的属于 {chart_system}</translation>
    </message>
    <message>
        <source>size {label}: {dimension} {low}–{high} cm in {listing}, {other_low}–{other_high} cm in {other}</source>
        <translation>尺码 {label}：{dimension}在 {listing} 中为 {low}–{high} 厘米，在 {other} 中为 {other_low}–{other_high} 厘米</translation>
    </message>
    <message>
        <source>together, size {label} of {listing} ({dimension} from {low} cm) and size {other_label} of {other} (from {other_low} cm) would be out of order</source>
        <translation>合并后，{listing} 的尺码 {label}（{dimension}从 {low} 厘米起）与 {other} 的尺码 {other_label}（从 {other_low} 厘米起）的顺序会颠倒</translation>
    </message>
    <message>
        <source>their sizes overlap</source>
        <translation>它们的尺码相互重叠</translation>
    </message>
    <message>
        <source>size-chart picture of {listing} ({width} x {height} px) written to {path}</source>
        <translation>{listing} 的尺码表图片（{width} x {height} 像素）已写入 {path}</translation>
    </message>
    <message>
        <source>{value} (listing {listing}) is Amazon&apos;s code for a size system, and which system it stands for is not published; write the system itself ({valid}) in this column, or set it for every row in the mapping (--constant size_system=US)</source>
        <translation>{value}（商品 {listing}）是 Amazon 表示尺码体系的代码，它代表哪个体系并未公开；请在此列写出体系本身（{valid}），或在映射中为所有行设置（--constant size_system=US）</translation>
    </message>
    <message>
        <source>sizes {labels} of listing {listing} ({rows}) name one size: imported as one size, {label}, keeping every SKU</source>
        <translation>商品 {listing} 的尺码 {labels}（{rows}）是同一尺码：已作为一个尺码 {label} 导入，保留所有 SKU</translation>
    </message>
    <message>
        <source>sizes {labels} of listing {listing} ({rows}) name one size but give different measurements; give them the same measurements, or write each as a size of its own</source>
        <translation>商品 {listing} 的尺码 {labels}（{rows}）是同一尺码，但尺寸不同；请给它们相同的尺寸，或将每个写成单独的尺码</translation>
    </message>
    <message>
        <source>%1 %2 labels</source>
        <translation>%1 %2 尺码</translation>
    </message>
    <message>
        <source>%1 %2 label</source>
        <translation>%1 %2 尺码</translation>
    </message>
    <message>
        <source>none of the chart&apos;s sizes ({chart}) is a size the listing sells ({listing}); to give the listing the chart&apos;s sizes instead, add the chart&apos;s sizes and remove the listing&apos;s</source>
        <translation>尺码表中的尺码（{chart}）都不是商品在售的尺码（{listing}）；若要改用尺码表的尺码，请添加尺码表的尺码并删除商品原有的尺码</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>文件夹</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Page &amp;Set:</source>
        <translation>页面集(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>ResultsScreen</name>
    <message>
        <source>Your sizes</source>
        <translation>您的尺码</translation>
    </message>
    <message>
        <source>Your measurements</source>
        <translation>您的身体尺寸</translation>
    </message>
    <message>
        <source>Products on display</source>
        <translation>展示的商品</translation>
    </message>
    <message>
        <source>Scan with your phone to keep your sizes</source>
        <translation>用手机扫码保存您的尺码</translation>
    </message>
    <message>
        <source>Print my sizes</source>
        <translation>打印我的尺码</translation>
    </message>
    <message>
        <source>Done – start over</source>
        <translation>完成 – 重新开始</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← 上一页</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>下一页 →</translation>
    </message>
    <message>
        <source>Products %1 of %2</source>
        <translation>第 %1 件商品，共 %2 件</translation>
    </message>
</context>
<context>
    <name>ReturnsChart</name>
    <message>
        <source>Too small</source>
        <translation>偏小</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>偏大</translation>
    </message>
    <message>
        <source>Other reasons</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <source>Returned (% of orders)</source>
        <translation>退货率（占订单 %）</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <source>Open &amp;orders…</source>
        <translation>打开订单(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Catalogue…</source>
        <translation>商品目录(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Apply this correction</source>
        <translation>应用此修正(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Undo correction</source>
        <translation>撤销修正(&amp;U)</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>导出报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺码</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <source>Offset (cm)</source>
        <translation>偏移（厘米）</translation>
    </message>
    <message>
        <source>Too small</source>
        <translation>偏小</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>偏大</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>退货分析</translation>
    </message>
    <message>
        <source>Catalogue to check</source>
        <translation>要检查的商品目录</translation>
    </message>
    <message>
        <source>Catalogues %1;;All files (*)</source>
        <translation>商品目录 %1;;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open an orders file</source>
        <translation>打开订单文件</translation>
    </message>
    <message>
        <source>Orders %1;;All files (*)</source>
        <translation>订单 %1;;所有文件 (*)</translation>
    </message>
    <message>
        <source>The orders could not be imported; nothing was changed.</source>
        <translation>订单无法导入；未做任何更改。</translation>
    </message>
    <message numerus="yes">
        <source>Analysed %Ln order line(s); rows left out for problems: %1.</source>
        <translation>
            <numerusform>已分析 %Ln 条订单明细；因有问题而略去的行：%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Analysed %Ln order line(s).</source>
        <translation>
            <numerusform>已分析 %Ln 条订单明细。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) in the orders; nothing was imported. Analyse the other rows and leave the rows with problems out?</source>
        <translation>
            <numerusform>订单中有 %Ln 个问题；未导入任何内容。略去有问题的行，分析其余各行？</numerusform>
        </translation>
    </message>
    <message>
        <source>Order lines: %1 · units: %2 · returned: %3 (too small: %4, too large: %5, other: %6). Sizes running small: %7, running large: %8, true to size: %9, not enough data yet: %10.</source>
        <translation>订单明细：%1 · 件数：%2 · 退货：%3（偏小：%4，偏大：%5，其他：%6）。偏小的尺码：%7，偏大的尺码：%8，标准：%9，数据尚不足：%10。</translation>
    </message>
    <message numerus="yes">
        <source>Bought in the size Sizer recommended: %Ln unit(s), %1% kept.</source>
        <translation>
            <numerusform>按 Sizer 推荐尺码购买：%Ln 件，保留 %1%。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sizer&apos;s advice was followed on %Ln unit(s); %1% of them were kept.</source>
        <translation>
            <numerusform>有 %Ln 件按 Sizer 的建议购买，其中 %1% 被保留。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of %Ln order(s), %1 came back too small (%2%), %3 too large (%4%) and %5 for other reasons.</source>
        <translation>
            <numerusform>%Ln 件订单中，%1 件因偏小退回（%2%），%3 件因偏大退回（%4%），%5 件因其他原因退回。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more were bought together with another size (bracketing) and are counted apart.</source>
        <translation>
            <numerusform>另有 %Ln 件与其他尺码一起购买（多码试穿），单独统计。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not enough data yet for size %1: about %Ln more order(s) would settle it.</source>
        <translation>
            <numerusform>尺码 %1 的数据尚不足：大约再有 %Ln 件订单即可判断。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) written to %1; Undo puts the catalogue back.</source>
        <translation>
            <numerusform>已将 %Ln 处修改写入 %1；“撤销”可恢复原商品目录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Shopify returns (optional)</source>
        <translation>Shopify 退货文件（可选）</translation>
    </message>
    <message>
        <source>Amazon FBA customer returns report (optional)</source>
        <translation>亚马逊 FBA 买家退货报告（可选）</translation>
    </message>
    <message>
        <source>Returns %1;;All files (*)</source>
        <translation>退货 %1;;所有文件 (*)</translation>
    </message>
    <message>
        <source>the bundled sample catalogue</source>
        <translation>内置示例商品目录</translation>
    </message>
    <message>
        <source>Open an orders file (Sizer&apos;s columns, a Shopify or Amazon export, or any CSV/XLSX with a column mapping) to find the sizes whose returns say the chart is wrong.</source>
        <translation>打开订单文件（Sizer 格式、Shopify 或亚马逊导出文件，或任何经列映射的 CSV/XLSX），找出退货表明尺码表有误的尺码。</translation>
    </message>
    <message>
        <source>Catalogue: %1</source>
        <translation>商品目录：%1</translation>
    </message>
    <message>
        <source>Other sizes: %1% kept.</source>
        <translation>其他尺码：保留 %1%。</translation>
    </message>
    <message>
        <source>Catalogue: %1 · Orders: %2</source>
        <translation>商品目录：%1 · 订单：%2</translation>
    </message>
    <message>
        <source>whole listing runs small</source>
        <translation>整个商品偏小</translation>
    </message>
    <message>
        <source>whole listing runs large</source>
        <translation>整个商品偏大</translation>
    </message>
    <message>
        <source>sizes flagged: %1</source>
        <translation>已标记尺码：%1</translation>
    </message>
    <message>
        <source>runs small</source>
        <translation>偏小</translation>
    </message>
    <message>
        <source>runs large</source>
        <translation>偏大</translation>
    </message>
    <message>
        <source>true to size</source>
        <translation>尺码标准</translation>
    </message>
    <message>
        <source>not enough data</source>
        <translation>数据不足</translation>
    </message>
    <message>
        <source>The whole listing runs small: every size fits bodies about %1 cm smaller than its chart says.</source>
        <translation>整个商品偏小：每个尺码适合的身材都比尺码表所写小约 %1 厘米。</translation>
    </message>
    <message>
        <source>The whole listing runs large: every size fits bodies about %1 cm larger than its chart says.</source>
        <translation>整个商品偏大：每个尺码适合的身材都比尺码表所写大约 %1 厘米。</translation>
    </message>
    <message>
        <source>Proposed body ranges (cm):</source>
        <translation>建议的身体尺寸范围（厘米）：</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Size %1 runs small (probability %2%): it fits bodies about %3 cm smaller than its chart says. The correction moves its ranges down by that.</source>
        <translation>尺码 %1 偏小（概率 %2%）：它适合的身材比尺码表所写小约 %3 厘米。修正会把它的范围下调这么多。</translation>
    </message>
    <message>
        <source>Size %1 runs large (probability %2%): it fits bodies about %3 cm larger than its chart says. The correction moves its ranges up by that.</source>
        <translation>尺码 %1 偏大（概率 %2%）：它适合的身材比尺码表所写大约 %3 厘米。修正会把它的范围上调这么多。</translation>
    </message>
    <message>
        <source>Size %1 is true to size (probability %2%).</source>
        <translation>尺码 %1 标准（概率 %2%）。</translation>
    </message>
    <message>
        <source>The catalogue has changes that are not saved: save or discard them on the Catalogue page first.</source>
        <translation>商品目录有未保存的更改：请先在“商品目录”页保存或放弃这些更改。</translation>
    </message>
    <message>
        <source>The correction of %1 was undone.</source>
        <translation>已撤销对 %1 的修正。</translation>
    </message>
    <message>
        <source>Save the corrected catalogue</source>
        <translation>保存修正后的商品目录</translation>
    </message>
    <message>
        <source>Catalogues (*.csv *.xlsx)</source>
        <translation>商品目录 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Export the returns report</source>
        <translation>导出退货报告</translation>
    </message>
    <message>
        <source>Report (*.html);;PDF (*.pdf);;CSV (*.csv);;Excel (*.xlsx)</source>
        <translation>报告 (*.html);;PDF (*.pdf);;CSV (*.csv);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose a report name ending in .html, .pdf, .csv or .xlsx.</source>
        <translation>请选择以 .html、.pdf、.csv 或 .xlsx 结尾的报告文件名。</translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation>报告无法写入。</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>报告已写入 %1。</translation>
    </message>
    <message>
        <source>Orders with problems</source>
        <translation>订单有问题</translation>
    </message>
</context>
<context>
    <name>SegmentChoice</name>
    <message>
        <source>Women</source>
        <translation>女士</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>男士</translation>
    </message>
    <message>
        <source>Kids</source>
        <translation>儿童</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Centimetres (cm)</source>
        <translation>厘米 (cm)</translation>
    </message>
    <message>
        <source>Inches, decimal (in)</source>
        <translation>英寸，小数 (in)</translation>
    </message>
    <message>
        <source>Inches, fractions (⅛ in)</source>
        <translation>英寸，分数 (⅛ in)</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Start in &amp;kiosk mode next time</source>
        <translation>下次启动时进入自助模式(&amp;K)</translation>
    </message>
    <message>
        <source>Sizer then opens full screen for shoppers. Only the admin PIN leaves kiosk mode (tap the top-left corner five times, or press Ctrl+Alt+Shift+K).</source>
        <translation>届时 Sizer 将全屏打开，供顾客使用。只有管理员 PIN 才能退出自助模式（连续点按左上角五次，或按 Ctrl+Alt+Shift+K）。</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Size &amp;systems shown by default:</source>
        <translation>默认显示的尺码体系(&amp;S)：</translation>
    </message>
    <message>
        <source>Settings are stored in %1</source>
        <translation>设置保存在 %1</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>%1 to %2 digits. A PIN this short is not strong by itself: the kiosk makes each wrong try wait longer and locks the keypad for 30 minutes after %3 in a row. Kiosk mode does not start until a PIN is set.</source>
        <translation>%1 到 %2 位数字。这么短的 PIN 码本身并不安全：自助终端会让每次输错后的等待时间越来越长，连续输错 %3 次后锁定键盘 30 分钟。设置 PIN 码之前，自助终端模式无法启动。</translation>
    </message>
    <message>
        <source>Kiosk admin &amp;PIN:</source>
        <translation>自助终端管理员 PIN 码(&amp;P)：</translation>
    </message>
    <message>
        <source>The PIN &amp;again:</source>
        <translation>再次输入 PIN 码(&amp;A)：</translation>
    </message>
    <message>
        <source>The kiosk PIN must be %1 to %2 digits.</source>
        <translation>自助终端 PIN 码必须是 %1 到 %2 位数字。</translation>
    </message>
    <message>
        <source>The two kiosk PINs differ.</source>
        <translation>两次输入的自助终端 PIN 码不一致。</translation>
    </message>
    <message>
        <source>Set a kiosk admin PIN first: kiosk mode does not start without one.</source>
        <translation>请先设置自助终端管理员 PIN 码：没有 PIN 码，自助终端模式无法启动。</translation>
    </message>
    <message>
        <source>Default &amp;camera:</source>
        <translation>默认摄像头(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>SizeGuideDialog</name>
    <message>
        <source>Web page snippet (desktop, with pictures)</source>
        <translation>网页片段（电脑版，含图示）</translation>
    </message>
    <message>
        <source>Web page snippet for phones</source>
        <translation>手机版网页片段</translation>
    </message>
    <message>
        <source>Whole web page for phones</source>
        <translation>手机版完整网页</translation>
    </message>
    <message>
        <source>Plain HTML for marketplaces that strip styles (Amazon)</source>
        <translation>纯 HTML，用于会去除样式的平台（亚马逊）</translation>
    </message>
    <message>
        <source>PDF to print</source>
        <translation>可打印的 PDF</translation>
    </message>
    <message>
        <source>Picture with the measuring guides (PNG)</source>
        <translation>含测量指南的图片 (PNG)</translation>
    </message>
    <message>
        <source>Listing gallery picture (JPEG)</source>
        <translation>商品图库图片 (JPEG)</translation>
    </message>
    <message>
        <source>Listing gallery picture (PNG)</source>
        <translation>商品图库图片 (PNG)</translation>
    </message>
    <message>
        <source>Size guide of %1</source>
        <translation>%1 的尺码表</translation>
    </message>
    <message>
        <source>Centimetres</source>
        <translation>厘米</translation>
    </message>
    <message>
        <source>Inches</source>
        <translation>英寸</translation>
    </message>
    <message>
        <source>Both, side by side</source>
        <translation>两者并列</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter（美式信纸）</translation>
    </message>
    <message>
        <source>Also show the labels of:</source>
        <translation>同时显示以下体系的尺码：</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>形式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Paper (PDF):</source>
        <translation>纸张 (PDF)(&amp;P)：</translation>
    </message>
    <message>
        <source>Picture &amp;size:</source>
        <translation>图片尺寸(&amp;S)：</translation>
    </message>
    <message>
        <source>The body measurement that decides the size comes first. Letter is proposed for listings sized in US sizes, A4 for the others.</source>
        <translation>决定尺码的身体尺寸排在最前。美码商品默认使用 Letter 纸张，其他商品默认 A4。</translation>
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
        <translation>尺码</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
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
        <translation>身体尺寸范围</translation>
    </message>
    <message>
        <source>garment + ease</source>
        <translation>成衣尺寸 + 放松量</translation>
    </message>
    <message>
        <source>standard chart</source>
        <translation>标准尺码表</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 不是数字</translation>
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
        <translation>Sizer 用户指南</translation>
    </message>
    <message>
        <source>Size charts (Ctrl+1)</source>
        <translation>尺码对照表（Ctrl+1）</translation>
    </message>
    <message>
        <source>Pick a category and tick the size systems to show under Systems.</source>
        <translation>选择品类，并在“尺码体系”中勾选要显示的尺码体系。</translation>
    </message>
    <message>
        <source>Click a size, or type one under Find a size: its equivalents light up in every system, with the body measurements it stands for.</source>
        <translation>点击一个尺码，或在“查找尺码”中输入：各体系中对应的尺码会高亮显示，并列出它所代表的身体尺寸。</translation>
    </message>
    <message>
        <source>Copy table (Ctrl+C) pastes into a spreadsheet; Export CSV writes the table with minimum and maximum as numbers.</source>
        <translation>“复制表格”（Ctrl+C）可粘贴到电子表格；“导出 CSV”写出的表格中最小值和最大值均为数字。</translation>
    </message>
    <message>
        <source>Measuring guides (Ctrl+2)</source>
        <translation>测量指南（Ctrl+2）</translation>
    </message>
    <message>
        <source>Illustrated steps for every body measurement; print them or save them as PDF. Every “?” beside a measurement opens its guide.</source>
        <translation>每项身体尺寸都有图解步骤，可打印或保存为 PDF。尺寸旁的每个“?”都会打开对应的指南。</translation>
    </message>
    <message>
        <source>Measure (Ctrl+3)</source>
        <translation>测量（Ctrl+3）</translation>
    </message>
    <message>
        <source>Type your height as you know it: 182 cm, 5 ft 11, 5&apos;11&quot; or 71 in. The line under it says what was understood.</source>
        <translation>按您熟悉的方式输入身高：182 cm、5 ft 11、5&apos;11&quot; 或 71 in。下方一行显示程序理解的数值。</translation>
    </message>
    <message>
        <source>Start the camera and follow the instructions under the picture, or measure from a video or from two photos (one facing the camera, one from the side).</source>
        <translation>启动摄像头并按照画面下方的提示操作，或用一段视频或两张照片（一张正面、一张侧面）进行测量。</translation>
    </message>
    <message>
        <source>Each result shows its uncertainty (±). You can correct a value by hand; it is then marked “by hand”. Scrolling over a field never changes it: click it first.</source>
        <translation>每个结果都显示其误差范围（±）。您可以手动修改数值，修改后会标注“手动修改”。在输入框上滚动鼠标滚轮不会改变数值：请先点击该输入框。</translation>
    </message>
    <message>
        <source>Save the profile to use it again, here or with the sizer recommend command.</source>
        <translation>保存身体数据档案，以便在此处或通过 sizer recommend 命令再次使用。</translation>
    </message>
    <message>
        <source>Catalogue (Ctrl+4)</source>
        <translation>商品目录（Ctrl+4）</translation>
    </message>
    <message>
        <source>File &gt; Open catalogue reads a CSV or Excel file. Problems are listed by row and column; you may import the valid rows and fix the rest in your file.</source>
        <translation>“文件 &gt; 打开商品目录”读取 CSV 或 Excel 文件。问题会按行和列列出；您可以先导入有效的行，再在文件中修正其余的行。</translation>
    </message>
    <message>
        <source>Every listing shows the recommended size for the current profile. Titles and size systems can be edited; File &gt; Save writes the catalogue, Save as writes a copy.</source>
        <translation>每件商品都会显示针对当前身体数据推荐的尺码。标题和尺码体系可以编辑；“文件 &gt; 保存”写出商品目录，“另存为”写出一份副本。</translation>
    </message>
    <message>
        <source>File &gt; Export writes the recommendations (CSV, Excel, JSON) or the selected listing&apos;s size guide (HTML, PDF, PNG).</source>
        <translation>“文件 &gt; 导出”写出尺码推荐（CSV、Excel、JSON）或所选商品的尺码指南（HTML、PDF、PNG）。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>File &gt; Settings chooses the units, the default size systems, the language and the camera. Errors are shown once, with the path of the log file that has the details (Help &gt; Open the log folder).</source>
        <translation>“文件 &gt; 设置”用于选择单位、默认尺码体系、语言和摄像头。出错时只提示一次，并给出记录详细信息的日志文件路径（帮助 &gt; 打开日志文件夹）。</translation>
    </message>
    <message>
        <source>Size charts that convert between countries, measuring guides, body measurements from a camera, and the right size of every listing.</source>
        <translation>可在各国之间换算的尺码表、测量指南、通过摄像头测量身体尺寸，以及每件商品的合适尺码。</translation>
    </message>
</context>
</TS>
