<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AdminScreen</name>
    <message>
        <source>Kiosk settings</source>
        <translation>Kiosk-Einstellungen</translation>
    </message>
    <message>
        <source>Catalogue file (empty: sample)</source>
        <translation>Katalogdatei (leer: Beispiel)</translation>
    </message>
    <message>
        <source>Products on display (none ticked: all)</source>
        <translation>Ausgestellte Produkte (keines angehakt: alle)</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Start over after idle (s)</source>
        <translation>Neustart nach Inaktivität (s)</translation>
    </message>
    <message>
        <source>QR link template (empty: plain text)</source>
        <translation>QR-Link-Vorlage (leer: reiner Text)</translation>
    </message>
    <message>
        <source>Camera (number, or a video for a demo)</source>
        <translation>Kamera (Nummer oder ein Video für eine Vorführung)</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Laden</translation>
    </message>
    <message>
        <source>Save and return</source>
        <translation>Speichern und zurück</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>PIN ändern</translation>
    </message>
    <message>
        <source>Exit kiosk mode</source>
        <translation>Kioskmodus beenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Default printer</source>
        <translation>Standarddrucker</translation>
    </message>
    <message>
        <source>QR link template: %1</source>
        <translation>QR-Link-Vorlage: %1</translation>
    </message>
    <message>
        <source>Choose at least one language.</source>
        <translation>Wählen Sie mindestens eine Sprache.</translation>
    </message>
    <message>
        <source>The catalogue could not be loaded.</source>
        <translation>Der Katalog konnte nicht geladen werden.</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Find your size</source>
        <translation>Finden Sie Ihre Größe</translation>
    </message>
    <message>
        <source>Your size in every product on display, in under a minute</source>
        <translation>Ihre Größe für jedes ausgestellte Produkt, in weniger als einer Minute</translation>
    </message>
    <message>
        <source>Touch the screen to start</source>
        <translation>Berühren Sie den Bildschirm, um zu beginnen</translation>
    </message>
    <message>
        <source>No pictures are stored.</source>
        <translation>Es werden keine Bilder gespeichert.</translation>
    </message>
    <message>
        <source>1. Tell us your height</source>
        <translation>1. Nennen Sie uns Ihre Körpergröße</translation>
    </message>
    <message>
        <source>2. Stand in front of the camera</source>
        <translation>2. Stellen Sie sich vor die Kamera</translation>
    </message>
    <message>
        <source>3. Scan your sizes with your phone</source>
        <translation>3. Scannen Sie Ihre Größen mit dem Handy</translation>
    </message>
</context>
<context>
    <name>BrandChartDialog</name>
    <message>
        <source>Brand size chart for %1</source>
        <translation>Größentabelle der Marke für %1</translation>
    </message>
    <message>
        <source>Centimetres</source>
        <translation>Zentimeter</translation>
    </message>
    <message>
        <source>Inches</source>
        <translation>Zoll</translation>
    </message>
    <message>
        <source>Body measurements</source>
        <translation>Körpermaße</translation>
    </message>
    <message>
        <source>Garment measurements</source>
        <translation>Kleidungsmaße</translation>
    </message>
    <message>
        <source>The numbers are in:</source>
        <translation>Einheit der Zahlen:</translation>
    </message>
    <message>
        <source>They measure:</source>
        <translation>Art der Maße:</translation>
    </message>
    <message>
        <source>Sizes of the listing:</source>
        <translation>Größen des Artikels:</translation>
    </message>
    <message>
        <source>Chart file id:</source>
        <translation>ID der Tabellendatei:</translation>
    </message>
    <message>
        <source>Chart title:</source>
        <translation>Titel der Tabelle:</translation>
    </message>
    <message>
        <source>Published at (URL):</source>
        <translation>Veröffentlicht unter (URL):</translation>
    </message>
    <message>
        <source>Save as a chart &amp;file…</source>
        <translation>Als Tabellen&amp;datei speichern…</translation>
    </message>
    <message>
        <source>Single values were graded to ranges halfway to the next size: %1</source>
        <translation>Einzelwerte wurden zu Bereichen bis zur Mitte der nächsten Größe erweitert: %1</translation>
    </message>
    <message>
        <source>“%1” is neither a size system nor a body measurement: left out</source>
        <translation>„%1“ ist weder ein Größensystem noch ein Körpermaß: ausgelassen</translation>
    </message>
    <message>
        <source>“%1” gives %2 a second time: the first column is used</source>
        <translation>„%1“ gibt %2 ein zweites Mal an: die erste Spalte wird verwendet</translation>
    </message>
    <message>
        <source>%1 (“%2”) is not a measurement: left empty</source>
        <translation>%1 („%2“) ist kein Maß: leer gelassen</translation>
    </message>
    <message>
        <source>sizes as rows</source>
        <translation>Größen als Zeilen</translation>
    </message>
    <message>
        <source>sizes as columns</source>
        <translation>Größen als Spalten</translation>
    </message>
    <message>
        <source>The brand&apos;s own %1 labels are kept beside each size: guides and exports show them.</source>
        <translation>Die eigenen %1-Größenangaben der Marke bleiben bei jeder Größe erhalten: Größentabellen und Exporte zeigen sie.</translation>
    </message>
    <message>
        <source>The chart&apos;s label columns that name no size system are not kept (%1).</source>
        <translation>Größenspalten der Tabelle, die kein Größensystem nennen, werden nicht übernommen (%1).</translation>
    </message>
    <message>
        <source>centimetres</source>
        <translation>Zentimeter</translation>
    </message>
    <message>
        <source>inches</source>
        <translation>Zoll</translation>
    </message>
    <message>
        <source>garment measurements</source>
        <translation>Kleidungsmaße</translation>
    </message>
    <message>
        <source>body measurements</source>
        <translation>Körpermaße</translation>
    </message>
    <message>
        <source>%1: %2, in %3, %4. Check the preview: this is what will be saved.</source>
        <translation>%1: %2, in %3, %4. Prüfen Sie die Vorschau: So wird gespeichert.</translation>
    </message>
    <message>
        <source>The brand&apos;s own labels</source>
        <translation>Die eigenen Größenbezeichnungen der Marke</translation>
    </message>
    <message>
        <source>Garment</source>
        <translation>Kleidungsstück</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Körper</translation>
    </message>
    <message>
        <source>No: whole girths</source>
        <translation>Nein: ganze Umfänge</translation>
    </message>
    <message>
        <source>Yes: half girths, doubled</source>
        <translation>Ja: halbe Umfänge, verdoppelt</translation>
    </message>
    <message>
        <source>Measured laid flat (half girths):</source>
        <translation>Flach liegend gemessen (halbe Umfänge):</translation>
    </message>
    <message>
        <source>Measured laid flat: %1 are half girths, doubled to whole girths (%2 → %3)</source>
        <translation>Flach liegend gemessen: %1 sind halbe Umfänge, zu ganzen Umfängen verdoppelt (%2 → %3)</translation>
    </message>
    <message>
        <source>“%1” is read as the bust girth: a women&apos;s chart</source>
        <translation>„%1“ wird als Brustumfang (Oberweite) gelesen: eine Damentabelle</translation>
    </message>
    <message>
        <source>As chosen.</source>
        <translation>Wie gewählt.</translation>
    </message>
    <message>
        <source>The sheet says %1 in “%2”.</source>
        <translation>Die Tabelle nennt %1 in „%2“.</translation>
    </message>
    <message>
        <source>The sheet says centimetres in “%1” and inches in “%2”; by the values: %3.</source>
        <translation>Die Tabelle nennt Zentimeter in „%1“ und Zoll in „%2“; nach den Werten: %3.</translation>
    </message>
    <message>
        <source>Nothing says the unit; the values are plausible bodies in %1.</source>
        <translation>Nichts nennt die Einheit; die Werte sind plausible Körpermaße in %1.</translation>
    </message>
    <message>
        <source>“%1” is a short sleeve (%2–%3 cm from the shoulder) that fits no arm length: left out</source>
        <translation>„%1“ ist ein kurzer Ärmel (%2–%3 cm ab der Schulter), der zu keiner Armlänge passt: weggelassen</translation>
    </message>
    <message>
        <source>“%1” is read as the sleeve length from the shoulder seam (arm length)</source>
        <translation>„%1“ wird als Ärmellänge ab der Schulternaht gelesen (Armlänge)</translation>
    </message>
    <message>
        <source>adults measure %1 to %2 cm</source>
        <translation>Erwachsene messen %1 bis %2 cm</translation>
    </message>
    <message>
        <source>children measure %1 to %2 cm</source>
        <translation>Kinder messen %1 bis %2 cm</translation>
    </message>
    <message>
        <source>bodies measure %1 to %2 cm</source>
        <translation>Körper messen %1 bis %2 cm</translation>
    </message>
    <message>
        <source>the numbers look like inches: choose Inches above</source>
        <translation>die Zahlen sehen nach Zoll aus: oben „Zoll“ wählen</translation>
    </message>
    <message>
        <source>the numbers look like centimetres: choose Centimetres above</source>
        <translation>die Zahlen sehen nach Zentimetern aus: oben „Zentimeter“ wählen</translation>
    </message>
    <message>
        <source>they look like half girths of a garment laid flat: choose to double them above</source>
        <translation>sie sehen nach halben Umfängen eines flach liegend gemessenen Kleidungsstücks aus: oben das Verdoppeln wählen</translation>
    </message>
    <message>
        <source>they look like whole girths: choose whole girths above</source>
        <translation>sie sehen nach ganzen Umfängen aus: oben „ganze Umfänge“ wählen</translation>
    </message>
    <message>
        <source>check the column&apos;s meaning and the numbers in the sheet</source>
        <translation>Bedeutung der Spalte und Zahlen in der Tabelle prüfen</translation>
    </message>
    <message>
        <source>%1: %2 %3 cannot be saved (%4); %5</source>
        <translation>%1: %2 %3 kann nicht gespeichert werden (%4); %5</translation>
    </message>
    <message>
        <source>%1 (the chart&apos;s %2)</source>
        <translation>%1 (in der Tabelle %2)</translation>
    </message>
    <message>
        <source>The chart&apos;s measurements go to the sizes the listing sells: %1</source>
        <translation>Die Maße der Tabelle gehen an die Größen, die der Artikel führt: %1</translation>
    </message>
    <message>
        <source>None of the chart&apos;s sizes is a size the listing sells.</source>
        <translation>Keine Größe der Tabelle ist eine Größe, die der Artikel führt.</translation>
    </message>
    <message>
        <source>the brand&apos;s own</source>
        <translation>die eigenen der Marke</translation>
    </message>
    <message>
        <source>Also add the chart&apos;s sizes the listing does not sell: %1</source>
        <translation>Auch die Größen der Tabelle hinzufügen, die der Artikel nicht führt: %1</translation>
    </message>
    <message>
        <source>Remove the listing&apos;s sizes the chart does not give: %1</source>
        <translation>Die Größen des Artikels entfernen, die die Tabelle nicht angibt: %1</translation>
    </message>
    <message>
        <source>&amp;Apply the chart to %1</source>
        <translation>Tabelle auf %1 &amp;anwenden</translation>
    </message>
</context>
<context>
    <name>Cameras</name>
    <message>
        <source>Camera %1</source>
        <translation>Kamera %1</translation>
    </message>
</context>
<context>
    <name>CaptureScreen</name>
    <message>
        <source>Start over</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>The camera is not responding. Reconnecting… please wait.</source>
        <translation>Die Kamera reagiert nicht. Verbindung wird wiederhergestellt … bitte warten.</translation>
    </message>
    <message>
        <source>Turn to your side, arms a little away from your body. Get ready…</source>
        <translation>Drehen Sie sich zur Seite, die Arme etwas vom Körper weg. Machen Sie sich bereit …</translation>
    </message>
    <message>
        <source>Stand 2–3 m away, facing the camera, arms a little away from your body. Get ready…</source>
        <translation>Stellen Sie sich in 2–3 m Abstand mit dem Gesicht zur Kamera, die Arme etwas vom Körper weg. Machen Sie sich bereit …</translation>
    </message>
    <message>
        <source>Please stay where you are.</source>
        <translation>Bitte bleiben Sie, wo Sie sind.</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Kamera wird gestartet …</translation>
    </message>
    <message>
        <source>The camera is still not working. Please ask a member of staff for help.</source>
        <translation>Die Kamera funktioniert immer noch nicht. Bitte wenden Sie sich an einen Mitarbeiter.</translation>
    </message>
    <message>
        <source>Please ask a member of staff.</source>
        <translation>Bitte wenden Sie sich an einen Mitarbeiter.</translation>
    </message>
</context>
<context>
    <name>CatalogueMappingDialog</name>
    <message>
        <source>Which column is which?</source>
        <translation>Welche Spalte ist welche?</translation>
    </message>
    <message>
        <source>%1 is not in Sizer&apos;s own columns. Check what each column holds; Sizer proposed it from the names and the values. Rows of one product become one listing, and its variants its sizes.</source>
        <translation>%1 hat nicht die Spalten von Sizer. Prüfen Sie, was jede Spalte enthält; Sizer hat die Zuordnung aus den Namen und den Werten vorgeschlagen. Die Zeilen eines Produkts werden zu einem Artikel, seine Varianten zu dessen Größen.</translation>
    </message>
    <message>
        <source>This is the mapping you confirmed for files with these columns.</source>
        <translation>Dies ist die Zuordnung, die Sie für Dateien mit diesen Spalten bestätigt haben.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Enthält</translation>
    </message>
    <message>
        <source>(from the file)</source>
        <translation>(aus der Datei)</translation>
    </message>
    <message>
        <source>Category of rows that give none:</source>
        <translation>Kategorie der Zeilen ohne Angabe:</translation>
    </message>
    <message>
        <source>(from the file, else each product&apos;s labels)</source>
        <translation>(aus der Datei, sonst aus den Größenbezeichnungen jedes Artikels)</translation>
    </message>
    <message>
        <source>Size system of the labels:</source>
        <translation>Größensystem der Bezeichnungen:</translation>
    </message>
    <message>
        <source>Category in the file</source>
        <translation>Kategorie in der Datei</translation>
    </message>
    <message>
        <source>Sizer category</source>
        <translation>Sizer-Kategorie</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(auswählen)</translation>
    </message>
    <message>
        <source>&amp;Remember for files with these columns</source>
        <translation>&amp;Für Dateien mit diesen Spalten merken</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Choose the Sizer category of: %1</source>
        <translation>Wählen Sie die Sizer-Kategorie für: %1</translation>
    </message>
    <message>
        <source>These are the choices the file was read with: change what is wrong, and Import reads it again.</source>
        <translation>Das sind die Einstellungen, mit denen die Datei gelesen wurde: Ändern Sie, was falsch ist, und Importieren liest sie erneut.</translation>
    </message>
    <message>
        <source>Not sized: leave out</source>
        <translation>Ohne Größen: weglassen</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Export recommendations…</source>
        <translation>&amp;Empfehlungen exportieren…</translation>
    </message>
    <message>
        <source>Size &amp;guide…</source>
        <translation>&amp;Größenratgeber…</translation>
    </message>
    <message>
        <source>ID or title</source>
        <translation>ID oder Titel</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Only listings with a &amp;fitting size</source>
        <translation>Nur Artikel mit &amp;passender Größe</translation>
    </message>
    <message>
        <source>Whom the recommendations are for: their listings first, unisex ones next, the others hidden</source>
        <translation>Für wen die Empfehlungen sind: deren Artikel zuerst, dann Unisex-Artikel, die übrigen ausgeblendet</translation>
    </message>
    <message>
        <source>For anyone</source>
        <translation>Für alle</translation>
    </message>
    <message>
        <source>For women</source>
        <translation>Für Damen</translation>
    </message>
    <message>
        <source>For men</source>
        <translation>Für Herren</translation>
    </message>
    <message>
        <source>For kids</source>
        <translation>Für Kinder</translation>
    </message>
    <message>
        <source>For girls</source>
        <translation>Für Mädchen</translation>
    </message>
    <message>
        <source>For boys</source>
        <translation>Für Jungen</translation>
    </message>
    <message>
        <source>For a baby</source>
        <translation>Für Babys</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Open a catalogue</source>
        <translation>Katalog öffnen</translation>
    </message>
    <message>
        <source>Catalogues (*.csv *.xlsx *.txt *.tsv);;All files (*)</source>
        <translation>Kataloge (*.csv *.xlsx *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet …</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>bundled sample catalogue</source>
        <translation>mitgelieferter Beispielkatalog</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the catalogue</source>
        <translation>Katalog speichern</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>The catalogue was not saved: %1</source>
        <translation>Der Katalog wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>The catalogue</source>
        <translation>Der Katalog</translation>
    </message>
    <message numerus="yes">
        <source>%1 now has the %Ln size(s) of the brand chart; Save to keep them.</source>
        <translation>
            <numerusform>%1 hat jetzt die %Ln Größe der Markentabelle; speichern Sie, um sie zu behalten.</numerusform>
            <numerusform>%1 hat jetzt die %Ln Größen der Markentabelle; speichern Sie, um sie zu behalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>No body profile yet: measure or type one on the Measure page.</source>
        <translation>Noch kein Körperprofil: Messen Sie es oder geben Sie es auf der Seite „Messen“ ein.</translation>
    </message>
    <message>
        <source>How to measure:</source>
        <translation>So messen Sie:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recommended size: %1&lt;/b&gt; (%2, confidence %3 %)</source>
        <translation>&lt;b&gt;Empfohlene Größe: %1&lt;/b&gt; (%2, Sicherheit %3 %)</translation>
    </message>
    <message>
        <source>Runner-up: %1</source>
        <translation>Zweite Wahl: %1</translation>
    </message>
    <message>
        <source>Closest size: %1</source>
        <translation>Nächstliegende Größe: %1</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>No size: your %1 is %2 cm over the largest size.</source>
        <translation>Keine Größe: Ihr Maß „%1“ liegt %2 cm über der größten Größe.</translation>
    </message>
    <message>
        <source>No size: your %1 is %2 cm under the smallest size.</source>
        <translation>Keine Größe: Ihr Maß „%1“ liegt %2 cm unter der kleinsten Größe.</translation>
    </message>
    <message>
        <source>The best of the sizes; it will be off at: %1</source>
        <translation>Die beste der Größen; sie weicht ab bei: %1</translation>
    </message>
    <message>
        <source>Length chosen by your %1</source>
        <translation>Länge gewählt nach: %1</translation>
    </message>
    <message>
        <source>To recommend a size, add: %1</source>
        <translation>Für eine Größenempfehlung ergänzen Sie: %1</translation>
    </message>
    <message>
        <source>More certain with: %1</source>
        <translation>Sicherer mit: %1</translation>
    </message>
    <message>
        <source>There is nothing to export yet: a body profile is needed (measure or type one on the Measure page).</source>
        <translation>Noch nichts zu exportieren: Ein Körperprofil wird benötigt (messen Sie es oder geben Sie es auf der Seite „Messen“ ein).</translation>
    </message>
    <message>
        <source>Export the recommendations</source>
        <translation>Empfehlungen exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx);;JSON (*.json)</source>
        <translation>CSV (*.csv);;Excel-Arbeitsmappe (*.xlsx);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Select a listing first: a size guide is made for one listing (click it in the list above).</source>
        <translation>Wählen Sie zuerst einen Artikel: Ein Größenratgeber gilt für einen Artikel (klicken Sie ihn in der Liste oben an).</translation>
    </message>
    <message>
        <source>There is no listing to make a size guide for: open a catalogue, or clear the filter.</source>
        <translation>Es gibt keinen Artikel für einen Größenratgeber: Öffnen Sie einen Katalog oder leeren Sie den Filter.</translation>
    </message>
    <message>
        <source>Save the size guide</source>
        <translation>Größenratgeber speichern</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <source>&amp;Brand chart…</source>
        <translation>Marken&amp;tabelle…</translation>
    </message>
    <message>
        <source>&amp;Marketplace files…</source>
        <translation>Mar&amp;ktplatzdateien…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln row(s); rows left out for problems: %1.</source>
        <translation>
            <numerusform>%Ln Zeile importiert; wegen Problemen ausgelassene Zeilen: %1.</numerusform>
            <numerusform>%Ln Zeilen importiert; wegen Problemen ausgelassene Zeilen: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln listing(s)</source>
        <translation>
            <numerusform>%Ln Artikel</numerusform>
            <numerusform>%Ln Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln size(s)</source>
        <translation>
            <numerusform>%Ln Größe</numerusform>
            <numerusform>%Ln Größen</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the listing whose sizes the brand chart gives.</source>
        <translation>Wählen Sie den Artikel, dessen Größen die Markentabelle angibt.</translation>
    </message>
    <message>
        <source>Open a brand&apos;s size chart</source>
        <translation>Größentabelle einer Marke öffnen</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt *.tsv);;All files (*)</source>
        <translation>Tabellen (*.csv *.xlsx *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save the chart file</source>
        <translation>Tabellendatei speichern</translation>
    </message>
    <message>
        <source>Size chart (*.toml)</source>
        <translation>Größentabelle (*.toml)</translation>
    </message>
    <message numerus="yes">
        <source>Recommending for a profile of %Ln measurement(s)</source>
        <translation>
            <numerusform>Empfehlungen für ein Profil mit %Ln Maß</numerusform>
            <numerusform>Empfehlungen für ein Profil mit %Ln Maßen</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for the pictures</source>
        <translation>Ordner für die Bilder</translation>
    </message>
    <message>
        <source>Save the marketplace file</source>
        <translation>Marktplatzdatei speichern</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Web page (*.html);;PDF (*.pdf);;Picture (*.png *.jpg)</source>
        <translation>Webseite (*.html);;PDF (*.pdf);;Bild (*.png *.jpg)</translation>
    </message>
    <message>
        <source>Change which column of your file is which, then import it again</source>
        <translation>Ändern, welche Spalte Ihrer Datei was enthält, und sie erneut importieren</translation>
    </message>
    <message>
        <source>%1 is no longer there.</source>
        <translation>%1 ist nicht mehr vorhanden.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) of products without sizes left out, as mapped.</source>
        <translation>
            <numerusform>%Ln Zeile eines Produkts ohne Größen weggelassen, wie in der Zuordnung festgelegt.</numerusform>
            <numerusform>%Ln Zeilen von Produkten ohne Größen weggelassen, wie in der Zuordnung festgelegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the catalogue under a new name</source>
        <translation>Katalog unter neuem Namen speichern</translation>
    </message>
    <message>
        <source>Save the catalogue (Ctrl+S)</source>
        <translation>Katalog speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Save asks for a new name: %1</source>
        <translation>Speichern fragt nach einem neuen Namen: %1</translation>
    </message>
    <message>
        <source>&amp;Change mapping…</source>
        <translation>Zuordnung ä&amp;ndern…</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <source>inches</source>
        <translation>Zoll</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Einheiten:</translation>
    </message>
    <message>
        <source>&amp;Systems</source>
        <translation>&amp;Systeme</translation>
    </message>
    <message>
        <source>e.g. 8, M, 38</source>
        <translation>z. B. 8, M, 38</translation>
    </message>
    <message>
        <source>&amp;Find a size:</source>
        <translation>Größe &amp;finden:</translation>
    </message>
    <message>
        <source>&amp;Copy table</source>
        <translation>Tabelle k&amp;opieren</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Size charts</source>
        <translation>Größentabellen</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>Click a size, or type one above, to see its equivalents.</source>
        <translation>Klicken Sie auf eine Größe oder geben Sie oben eine ein, um ihre Entsprechungen zu sehen.</translation>
    </message>
    <message>
        <source>%1 %2 equals: %3&lt;br&gt;Body: %4 %5</source>
        <translation>%1 %2 entspricht: %3&lt;br&gt;Körper: %4 %5</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Meinten Sie %1?</translation>
    </message>
    <message>
        <source>Choose one of the suggestions.</source>
        <translation>Wählen Sie einen der Vorschläge.</translation>
    </message>
    <message>
        <source>%1 has no size %2.</source>
        <translation>%1 hat keine Größe %2.</translation>
    </message>
    <message>
        <source>Conventions</source>
        <translation>Konventionen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>%1 min (%2)</source>
        <translation>%1 min. (%2)</translation>
    </message>
    <message>
        <source>%1 max (%2)</source>
        <translation>%1 max. (%2)</translation>
    </message>
    <message>
        <source>Export the size chart</source>
        <translation>Größentabelle exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>ClothingScreen</name>
    <message>
        <source>What are you wearing?</source>
        <translation>Was tragen Sie?</translation>
    </message>
    <message>
        <source>Clothes change the outline the camera sees. Tap the closest answer.</source>
        <translation>Kleidung verändert die Umrisse, die die Kamera sieht. Tippen Sie auf die passendste Antwort.</translation>
    </message>
    <message>
        <source>Fitted</source>
        <translation>Eng anliegend</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Loose</source>
        <translation>Weit</translation>
    </message>
    <message>
        <source>T-shirt and leggings, sportswear</source>
        <translation>T-Shirt und Leggings, Sportkleidung</translation>
    </message>
    <message>
        <source>A shirt and trousers that follow the body without hanging</source>
        <translation>Hemd und Hose, die dem Körper folgen, ohne zu hängen</translation>
    </message>
    <message>
        <source>A hoodie, a loose dress or wide trousers</source>
        <translation>Ein Kapuzenpullover, ein weites Kleid oder eine weite Hose</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>The camera sees loose clothes.</source>
        <translation>Die Kamera erkennt weite Kleidung.</translation>
    </message>
    <message>
        <source>Loose clothes cannot be measured.</source>
        <translation>Weite Kleidung lässt sich nicht messen.</translation>
    </message>
    <message>
        <source>Loose clothes hide the body&apos;s shape, so the girths would read several centimetres too big. Change into a fitted top and leggings and measure again, or measure with a tape following the illustrated measuring guide.</source>
        <translation>Weite Kleidung verbirgt die Körperform, sodass die Umfänge mehrere Zentimeter zu groß ausfielen. Ziehen Sie ein eng anliegendes Oberteil und Leggings an und messen Sie erneut, oder messen Sie mit einem Maßband nach der bebilderten Messanleitung.</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
    <message>
        <source>Listing id (product, style number)</source>
        <translation>Artikel-ID (Produkt, Artikelnummer)</translation>
    </message>
    <message>
        <source>Variant SKU (per size)</source>
        <translation>Varianten-SKU (je Größe)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Category / product type</source>
        <translation>Kategorie / Produkttyp</translation>
    </message>
    <message>
        <source>Department / gender</source>
        <translation>Abteilung / Geschlecht</translation>
    </message>
    <message>
        <source>Age group (adult, kids, toddler, infant)</source>
        <translation>Altersgruppe (Erwachsene, Kinder, Kleinkinder, Babys)</translation>
    </message>
    <message>
        <source>Size class (Amazon: Alpha, Numeric, Age)</source>
        <translation>Größenklasse (Amazon: Alpha, Numeric, Age)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Size system</source>
        <translation>Größensystem</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Passform</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Dehnbarkeit</translation>
    </message>
    <message>
        <source>Colour (sizes shared by every colour)</source>
        <translation>Farbe (Größen für alle Farben gleich)</translation>
    </message>
    <message>
        <source>Parent or child row (Amazon)</source>
        <translation>Eltern- oder Kindzeile (Amazon)</translation>
    </message>
    <message>
        <source>Option %1 name</source>
        <translation>Name von Option %1</translation>
    </message>
    <message>
        <source>Option %1 value</source>
        <translation>Wert von Option %1</translation>
    </message>
    <message>
        <source>%1: body range</source>
        <translation>%1: Körperbereich</translation>
    </message>
    <message>
        <source>%1: body minimum</source>
        <translation>%1: Körpermindestmaß</translation>
    </message>
    <message>
        <source>%1: body maximum</source>
        <translation>%1: Körperhöchstmaß</translation>
    </message>
    <message>
        <source>%1: garment measurement</source>
        <translation>%1: Kleidungsmaß</translation>
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
        <translation>Wählen Sie die Spalte mit der Artikel-ID (z. B. Handle, parent_sku, 款号).</translation>
    </message>
    <message>
        <source>Choose the column that holds the title.</source>
        <translation>Wählen Sie die Spalte mit dem Titel.</translation>
    </message>
    <message>
        <source>Choose the column that holds the size (e.g. Size, Option1 Value, 尺码).</source>
        <translation>Wählen Sie die Spalte mit der Größe (z. B. Size, Option1 Value, 尺码).</translation>
    </message>
    <message>
        <source>Choose the category column, or one category for every row.</source>
        <translation>Wählen Sie die Kategoriespalte oder eine Kategorie für alle Zeilen.</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Columns of the orders file</source>
        <translation>Spalten der Bestelldatei</translation>
    </message>
    <message>
        <source>Sizer does not know this file&apos;s layout. Say which column holds what; fields marked * are needed.</source>
        <translation>Sizer kennt den Aufbau dieser Datei nicht. Geben Sie an, welche Spalte was enthält; mit * markierte Felder sind erforderlich.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Remember for files with these columns</source>
        <translation>Für Dateien mit diesen Spalten merken</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <source>Before we start</source>
        <translation>Bevor wir beginnen</translation>
    </message>
    <message>
        <source>The camera is used only to measure your body outline while you stand in front of it. Please wear fitted clothes for the best result.</source>
        <translation>Die Kamera dient nur dazu, Ihre Körperkontur zu messen, während Sie davor stehen. Für das beste Ergebnis tragen Sie bitte eng anliegende Kleidung.</translation>
    </message>
    <message>
        <source>No picture or video is stored or sent anywhere: each camera image is measured in this kiosk and thrown away at once.</source>
        <translation>Kein Bild und kein Video wird gespeichert oder irgendwohin gesendet: Jedes Kamerabild wird an diesem Kiosk gemessen und sofort verworfen.</translation>
    </message>
    <message>
        <source>Your height, measurements and sizes are erased when you finish, press “Start over”, or walk away.</source>
        <translation>Ihre Körpergröße, Ihre Maße und Größen werden gelöscht, wenn Sie fertig sind, „Neu beginnen“ drücken oder weggehen.</translation>
    </message>
    <message>
        <source>I agree, continue</source>
        <translation>Einverstanden, weiter</translation>
    </message>
    <message>
        <source>No, thanks</source>
        <translation>Nein, danke</translation>
    </message>
</context>
<context>
    <name>CountedProblems</name>
    <message numerus="yes">
        <source>{path}: %Ln problem(s); nothing was imported</source>
        <translation>
            <numerusform>{path}: %Ln Problem; es wurde nichts importiert</numerusform>
            <numerusform>{path}: %Ln Probleme; es wurde nichts importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln valid row(s); accept them with --accept-valid-rows)</source>
        <translation>
            <numerusform> (%Ln gültige Zeile; übernehmen Sie sie mit --accept-valid-rows)</numerusform>
            <numerusform> (%Ln gültige Zeilen; übernehmen Sie sie mit --accept-valid-rows)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) in the orders; nothing was imported</source>
        <translation>
            <numerusform>%Ln Problem in den Bestellungen; es wurde nichts importiert</numerusform>
            <numerusform>%Ln Probleme in den Bestellungen; es wurde nichts importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more problem(s) of the same kinds</source>
        <translation>
            <numerusform>und %Ln weiteres Problem derselben Art</numerusform>
            <numerusform>und %Ln weitere Probleme derselben Art</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s) of order {order} SKU {sku} returned, {sold} sold</source>
        <translation>
            <numerusform>%Ln Stück der Bestellung {order}, SKU {sku}, retourniert, {sold} verkauft</numerusform>
            <numerusform>%Ln Stück der Bestellung {order}, SKU {sku}, retourniert, {sold} verkauft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{listing}: {why}, so all %Ln size(s) are sent in the listing&apos;s own system {system} ({span}): one system for the whole listing, each size distinct</source>
        <translation>
            <numerusform>{listing}: {why}, daher wird seine %Ln Größe im eigenen System des Artikels gesendet, {system} ({span}): ein System für den ganzen Artikel, jede Größe eindeutig</numerusform>
            <numerusform>{listing}: {why}, daher werden alle %Ln Größen im eigenen System des Artikels gesendet, {system} ({span}): ein System für den ganzen Artikel, jede Größe eindeutig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln size chart(s) for {brand} on Amazon {marketplace} written to {path}</source>
        <translation>
            <numerusform>%Ln Größentabelle für {brand} auf Amazon {marketplace} nach {path} geschrieben</numerusform>
            <numerusform>%Ln Größentabellen für {brand} auf Amazon {marketplace} nach {path} geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>size attributes of %Ln child listing(s) written to {path}</source>
        <translation>
            <numerusform>Größenattribute von %Ln untergeordnetem Artikel nach {path} geschrieben</numerusform>
            <numerusform>Größenattribute von %Ln untergeordneten Artikeln nach {path} geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Google Merchant size attributes of %Ln variant(s) written to {path}</source>
        <translation>
            <numerusform>Google-Merchant-Größenattribute von %Ln Variante nach {path} geschrieben</numerusform>
            <numerusform>Google-Merchant-Größenattribute von %Ln Varianten nach {path} geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln size-chart metaobject(s) written to {path}</source>
        <translation>
            <numerusform>%Ln Größentabellen-Metaobjekt nach {path} geschrieben</numerusform>
            <numerusform>%Ln Größentabellen-Metaobjekte nach {path} geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>metafields of %Ln product(s) written to {path}</source>
        <translation>
            <numerusform>Metafelder von %Ln Produkt nach {path} geschrieben</numerusform>
            <numerusform>Metafelder von %Ln Produkten nach {path} geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln size-chart picture(s) ({width} x {height} px) written to {path}</source>
        <translation>
            <numerusform>%Ln Größentabellenbild ({width} x {height} px) nach {path} geschrieben</numerusform>
            <numerusform>%Ln Größentabellenbilder ({width} x {height} px) nach {path} geschrieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.</source>
        <translation>%1 enthält nicht gespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Save them before going on?</source>
        <translation>Vor dem Fortfahren speichern?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 gibt es schon. Ersetzen?</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Sizer: something went wrong</source>
        <translation>Sizer: Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>Sizer</source>
        <translation>Sizer</translation>
    </message>
    <message>
        <source>Details were written to the log file:
%1</source>
        <translation>Die Details wurden in die Protokolldatei geschrieben:
%1</translation>
    </message>
</context>
<context>
    <name>GuidesPage</name>
    <message>
        <source>Whole body</source>
        <translation>Ganzer Körper</translation>
    </message>
    <message>
        <source>Head and neck</source>
        <translation>Kopf und Hals</translation>
    </message>
    <message>
        <source>Torso</source>
        <translation>Rumpf</translation>
    </message>
    <message>
        <source>Arms and hands</source>
        <translation>Arme und Hände</translation>
    </message>
    <message>
        <source>Legs and feet</source>
        <translation>Beine und Füße</translation>
    </message>
    <message>
        <source>Garments laid flat</source>
        <translation>Flach ausgelegte Kleidung</translation>
    </message>
    <message>
        <source>Measuring guides by body zone</source>
        <translation>Messanleitungen nach Körperzone</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <source>Measuring guides</source>
        <translation>Messanleitungen</translation>
    </message>
    <message>
        <source>Print the measuring guide</source>
        <translation>Messanleitung drucken</translation>
    </message>
    <message>
        <source>Save the measuring guide as PDF</source>
        <translation>Messanleitung als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>HeightField</name>
    <message>
        <source>e.g. 182 cm, 5 ft 11, 5&apos;11&quot;, 71 in</source>
        <translation>z. B. 182 cm, 5 ft 11, 5&apos;11&quot;, 71 in</translation>
    </message>
    <message>
        <source>Type your height in cm, in feet and inches, or in inches; the line below says what was understood.</source>
        <translation>Geben Sie Ihre Körpergröße in cm, in Fuß und Zoll oder in Zoll ein; die Zeile darunter zeigt, was verstanden wurde.</translation>
    </message>
    <message>
        <source>How to measure: %1</source>
        <translation>So messen Sie: %1</translation>
    </message>
    <message>
        <source>Understood: %1</source>
        <translation>Verstanden: %1</translation>
    </message>
    <message>
        <source>Enter your height, e.g. 182 cm or 5 ft 11.</source>
        <translation>Geben Sie Ihre Körpergröße ein, z. B. 182 cm oder 5 ft 11.</translation>
    </message>
    <message>
        <source>%1 is not a height the camera can measure: enter %2 to %3 cm (e.g. 182 cm, 5 ft 11, 71 in).</source>
        <translation>%1 ist keine Körpergröße, die die Kamera messen kann: Geben Sie %2 bis %3 cm ein (z. B. 182 cm, 5 ft 11, 71 in).</translation>
    </message>
    <message>
        <source>“%1” is not a height: write it like 182 cm, 1.82 m, 5 ft 11, 5&apos;11&quot; or 71 in.</source>
        <translation>„%1“ ist keine Körpergröße: Schreiben Sie sie wie 182 cm, 1,82 m, 5 ft 11, 5&apos;11&quot; oder 71 in.</translation>
    </message>
    <message>
        <source>Enter your height: the camera measures everything else in proportion to it.</source>
        <translation>Geben Sie Ihre Körpergröße ein: Die Kamera misst alles andere im Verhältnis dazu.</translation>
    </message>
</context>
<context>
    <name>HeightScreen</name>
    <message>
        <source>How tall are you?</source>
        <translation>Wie groß sind Sie?</translation>
    </message>
    <message>
        <source>Without shoes. Your height sets the scale of every measurement.</source>
        <translation>Ohne Schuhe. Ihre Körpergröße bestimmt den Maßstab aller Messungen.</translation>
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
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
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
    <message>
        <source>Please enter a height between %1 and %2 cm.</source>
        <translation>Bitte geben Sie eine Körpergröße zwischen %1 und %2 cm ein.</translation>
    </message>
    <message>
        <source>Inches go from 0 to 11.</source>
        <translation>Zoll gehen von 0 bis 11.</translation>
    </message>
    <message>
        <source>Please enter a height between %1 ft %2 in and %3 ft %4 in.</source>
        <translation>Bitte geben Sie eine Körpergröße zwischen %1 ft %2 in und %3 ft %4 in ein.</translation>
    </message>
</context>
<context>
    <name>ImportIssuesDialog</name>
    <message>
        <source>Problems in the catalogue file</source>
        <translation>Probleme in der Katalogdatei</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %Ln problem(s). Nothing has been imported yet.</source>
        <translation>
            <numerusform>%1 hat %Ln Problem. Es wurde noch nichts importiert.</numerusform>
            <numerusform>%1 hat %Ln Probleme. Es wurde noch nichts importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>(header)</source>
        <translation>(Kopfzeile)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import the %Ln valid row(s)</source>
        <translation>
            <numerusform>Die %Ln gültige Zeile &amp;importieren</numerusform>
            <numerusform>Die %Ln gültigen Zeilen &amp;importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows with problems are left out; fix the file and open it again to import them too.</source>
        <translation>Zeilen mit Problemen werden ausgelassen; korrigieren Sie die Datei und öffnen Sie sie erneut, um auch diese zu importieren.</translation>
    </message>
    <message>
        <source>&amp;Change mapping…</source>
        <translation>Zuordnung ä&amp;ndern…</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>KioskResults</name>
    <message>
        <source>Your size · %1% sure</source>
        <translation>Ihre Größe · %1% sicher</translation>
    </message>
    <message>
        <source>Between sizes: %1 would also fit</source>
        <translation>Zwischen zwei Größen: %1 würde auch passen</translation>
    </message>
    <message>
        <source>Your best size; the notes say where it is off</source>
        <translation>Ihre beste Größe; die Hinweise sagen, wo sie abweicht</translation>
    </message>
    <message>
        <source>No size: even the largest, %1, is too small for you</source>
        <translation>Keine Größe: Selbst die größte, %1, ist Ihnen zu klein</translation>
    </message>
    <message>
        <source>No size: even the smallest, %1, is too big for you</source>
        <translation>Keine Größe: Selbst die kleinste, %1, ist Ihnen zu groß</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>My sizes</source>
        <translation>Meine Größen</translation>
    </message>
    <message>
        <source>Still there? Touch the screen to carry on.
Starting over in %1 s.</source>
        <translation>Noch da? Berühren Sie den Bildschirm, um fortzufahren.
Neustart in %1 s.</translation>
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
        <translation>Titel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Size system</source>
        <translation>Größensystem</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Passform</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Dehnbarkeit</translation>
    </message>
    <message>
        <source>Sizes</source>
        <translation>Größen</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <source>Runner-up</source>
        <translation>Zweite Wahl</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
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
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open catalogue…</source>
        <translation>&amp;Katalog öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open the bundled sa&amp;mple catalogue</source>
        <translation>Mitgelieferten &amp;Beispielkatalog öffnen</translation>
    </message>
    <message>
        <source>&amp;Save catalogue</source>
        <translation>Katalog &amp;speichern</translation>
    </message>
    <message>
        <source>Save catalogue &amp;as…</source>
        <translation>Katalog speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Catalogue (CSV or Excel)…</source>
        <translation>&amp;Katalog (CSV oder Excel)…</translation>
    </message>
    <message>
        <source>Body &amp;profile…</source>
        <translation>Körper&amp;profil…</translation>
    </message>
    <message>
        <source>P&amp;hotos to measure…</source>
        <translation>&amp;Fotos zum Messen…</translation>
    </message>
    <message>
        <source>&amp;Video to measure…</source>
        <translation>&amp;Video zum Messen…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Recommendations…</source>
        <translation>&amp;Empfehlungen…</translation>
    </message>
    <message>
        <source>Size &amp;guide of the selected listing…</source>
        <translation>&amp;Größenratgeber des ausgewählten Artikels…</translation>
    </message>
    <message>
        <source>&amp;Marketplace files…</source>
        <translation>Mar&amp;ktplatzdateien…</translation>
    </message>
    <message>
        <source>Size &amp;chart as CSV…</source>
        <translation>Größen&amp;tabelle als CSV…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Einstellun&amp;gen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Bee&amp;nden</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>&amp;About Sizer</source>
        <translation>&amp;Über Sizer</translation>
    </message>
    <message>
        <source>No catalogues opened yet</source>
        <translation>Noch keine Kataloge geöffnet</translation>
    </message>
    <message>
        <source>About Sizer</source>
        <translation>Über Sizer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sizer %1&lt;/b&gt;&lt;br&gt;Size charts that convert between countries, illustrated measuring guides, body measurements from a camera, and a recommended size for every listing.&lt;br&gt;Chinese, Japanese and Korean text is set in Noto Sans CJK (SIL Open Font License).</source>
        <translation>&lt;b&gt;Sizer %1&lt;/b&gt;&lt;br&gt;Größentabellen, die zwischen Ländern umrechnen, illustrierte Messanleitungen, Körpermaße per Kamera und eine empfohlene Größe für jeden Artikel.&lt;br&gt;Chinesischer, japanischer und koreanischer Text ist in Noto Sans CJK gesetzt (SIL Open Font License).</translation>
    </message>
    <message>
        <source>&amp;Change column mapping…</source>
        <translation>Spaltenzuor&amp;dnung ändern…</translation>
    </message>
</context>
<context>
    <name>MeasurePage</name>
    <message>
        <source>C&amp;amera:</source>
        <translation>&amp;Kamera:</translation>
    </message>
    <message>
        <source>&amp;Start camera</source>
        <translation>Kamera &amp;starten</translation>
    </message>
    <message>
        <source>Open &amp;video…</source>
        <translation>&amp;Video öffnen…</translation>
    </message>
    <message>
        <source>Open p&amp;hotos…</source>
        <translation>&amp;Fotos öffnen…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Sto&amp;pp</translation>
    </message>
    <message>
        <source>Measure from a video…</source>
        <translation>Aus einem Video messen…</translation>
    </message>
    <message>
        <source>Measure from photos…</source>
        <translation>Aus Fotos messen…</translation>
    </message>
    <message>
        <source>Snug</source>
        <translation>Eng</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Loose</source>
        <translation>Weit</translation>
    </message>
    <message>
        <source>Preferred &amp;fit:</source>
        <translation>Bevorzugte P&amp;assform:</translation>
    </message>
    <message>
        <source>&amp;Load profile…</source>
        <translation>Profil &amp;laden…</translation>
    </message>
    <message>
        <source>Save p&amp;rofile…</source>
        <translation>P&amp;rofil speichern…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>Lösc&amp;hen</translation>
    </message>
    <message>
        <source>Your measurements</source>
        <translation>Ihre Maße</translation>
    </message>
    <message>
        <source>Measured values can be corrected by hand; “?” shows how to measure.</source>
        <translation>Gemessene Werte können von Hand korrigiert werden; „?“ zeigt, wie man misst.</translation>
    </message>
    <message>
        <source>Stand 2–3 m from the camera in fitted clothes, whole body in view, then press Start camera. No camera? Measure from a video or from a front and a side photo.</source>
        <translation>Stellen Sie sich in eng anliegender Kleidung 2–3 m vor die Kamera, den ganzen Körper im Bild, und drücken Sie dann „Kamera starten“. Keine Kamera? Messen Sie aus einem Video oder aus einem Foto von vorn und einem von der Seite.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Messen</translation>
    </message>
    <message>
        <source>Measure from a video</source>
        <translation>Aus einem Video messen</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.avi *.mov *.mkv *.webm);;All files (*)</source>
        <translation>Videos (*.mp4 *.avi *.mov *.mkv *.webm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Measure from photos: one facing the camera, one from the side</source>
        <translation>Aus Fotos messen: eines mit dem Gesicht zur Kamera, eines von der Seite</translation>
    </message>
    <message>
        <source>Photos (*.png *.jpg *.jpeg *.bmp *.webp)</source>
        <translation>Fotos (*.png *.jpg *.jpeg *.bmp *.webp)</translation>
    </message>
    <message>
        <source>Choose two photos: one facing the camera and one from the side.</source>
        <translation>Wählen Sie zwei Fotos: eines mit dem Gesicht zur Kamera und eines von der Seite.</translation>
    </message>
    <message>
        <source>Measuring the photos… (the pose model loads the first time)</source>
        <translation>Fotos werden gemessen … (das Posenmodell wird beim ersten Mal geladen)</translation>
    </message>
    <message>
        <source>The photos could not be measured: %1</source>
        <translation>Die Fotos konnten nicht gemessen werden: %1</translation>
    </message>
    <message>
        <source>Enter your height first: the camera measures everything else in proportion to it.</source>
        <translation>Geben Sie zuerst Ihre Körpergröße ein: Die Kamera misst alles andere im Verhältnis dazu.</translation>
    </message>
    <message>
        <source>Starting… (the pose model loads the first time)</source>
        <translation>Wird gestartet … (das Posenmodell wird beim ersten Mal geladen)</translation>
    </message>
    <message>
        <source>The video or photos ended before both views were captured. Use a video or photos showing the whole body facing the camera, then from the side.</source>
        <translation>Das Video oder die Fotos endeten, bevor beide Ansichten erfasst waren. Verwenden Sie ein Video oder Fotos, die den ganzen Körper mit dem Gesicht zur Kamera und dann von der Seite zeigen.</translation>
    </message>
    <message>
        <source>The capture stopped: %1</source>
        <translation>Die Aufnahme wurde beendet: %1</translation>
    </message>
    <message>
        <source>Load a body profile</source>
        <translation>Körperprofil laden</translation>
    </message>
    <message>
        <source>Body profiles (*.json)</source>
        <translation>Körperprofile (*.json)</translation>
    </message>
    <message>
        <source>There are no measurements to save yet.</source>
        <translation>Es gibt noch keine Maße zum Speichern.</translation>
    </message>
    <message>
        <source>Save the body profile</source>
        <translation>Körperprofil speichern</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>You are wearing:</source>
        <translation>Sie tragen:</translation>
    </message>
    <message>
        <source>F&amp;itted</source>
        <translation>&amp;Eng anliegend</translation>
    </message>
    <message>
        <source>T-shirt and leggings, sportswear or underwear</source>
        <translation>T-Shirt und Leggings, Sportkleidung oder Unterwäsche</translation>
    </message>
    <message>
        <source>Re&amp;gular</source>
        <translation>&amp;Normal</translation>
    </message>
    <message>
        <source>A shirt and trousers that follow the body without hanging</source>
        <translation>Ein Hemd und eine Hose, die dem Körper folgen, ohne zu hängen</translation>
    </message>
    <message>
        <source>Loos&amp;e</source>
        <translation>&amp;Weit</translation>
    </message>
    <message>
        <source>A hoodie, a loose dress or wide trousers</source>
        <translation>Ein Hoodie, ein weites Kleid oder eine weite Hose</translation>
    </message>
    <message>
        <source>Loose clothes hide the body&apos;s shape, so the girths would read several centimetres too big. Change into a fitted top and leggings (or underwear) and measure again, or measure with a tape following the illustrated measuring guide (the “?” beside each measurement).</source>
        <translation>Weite Kleidung verbirgt die Körperform, sodass die Umfänge mehrere Zentimeter zu groß ausfielen. Ziehen Sie ein eng anliegendes Oberteil und Leggings (oder Unterwäsche) an und messen Sie erneut, oder messen Sie mit einem Maßband nach der illustrierten Messanleitung (das „?“ neben jedem Maß).</translation>
    </message>
    <message>
        <source>No camera could be opened (%1): %2
You can measure from a video or photos instead.</source>
        <translation>Es konnte keine Kamera geöffnet werden (%1): %2
Sie können stattdessen aus einem Video oder aus Fotos messen.</translation>
    </message>
    <message>
        <source>Wh&amp;o:</source>
        <translation>Fü&amp;r wen:</translation>
    </message>
    <message>
        <source>%1 left out: %2</source>
        <translation>%1 weggelassen: %2</translation>
    </message>
</context>
<context>
    <name>MeasurementField</name>
    <message>
        <source>How to measure: %1</source>
        <translation>So messen Sie: %1</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>von Hand</translation>
    </message>
    <message>
        <source>Changed by hand; it was %1</source>
        <translation>Von Hand geändert; vorher %1</translation>
    </message>
    <message>
        <source>Estimated uncertainty of the camera measurement</source>
        <translation>Geschätzte Unsicherheit der Kameramessung</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>Women&apos;s tops</source>
        <translation>Damenoberteile</translation>
    </message>
    <message>
        <source>Women&apos;s dresses</source>
        <translation>Damenkleider</translation>
    </message>
    <message>
        <source>Women&apos;s trousers</source>
        <translation>Damenhosen</translation>
    </message>
    <message>
        <source>Men&apos;s tops</source>
        <translation>Herrenoberteile</translation>
    </message>
    <message>
        <source>Men&apos;s shirts</source>
        <translation>Herrenhemden</translation>
    </message>
    <message>
        <source>Men&apos;s suits</source>
        <translation>Herrenanzüge</translation>
    </message>
    <message>
        <source>Men&apos;s trousers</source>
        <translation>Herrenhosen</translation>
    </message>
    <message>
        <source>Bras</source>
        <translation>BHs</translation>
    </message>
    <message>
        <source>Men&apos;s shoes</source>
        <translation>Herrenschuhe</translation>
    </message>
    <message>
        <source>Women&apos;s shoes</source>
        <translation>Damenschuhe</translation>
    </message>
    <message>
        <source>Children&apos;s shoes</source>
        <translation>Kinderschuhe</translation>
    </message>
    <message>
        <source>Children&apos;s clothing</source>
        <translation>Kinderbekleidung</translation>
    </message>
    <message>
        <source>Hats</source>
        <translation>Hüte</translation>
    </message>
    <message>
        <source>Gloves</source>
        <translation>Handschuhe</translation>
    </message>
    <message>
        <source>Rings</source>
        <translation>Ringe</translation>
    </message>
    <message>
        <source>Belts</source>
        <translation>Gürtel</translation>
    </message>
    <message>
        <source>Socks</source>
        <translation>Socken</translation>
    </message>
    <message>
        <source>Ski boots</source>
        <translation>Skischuhe</translation>
    </message>
    <message>
        <source>Men&apos;s shoe widths</source>
        <translation>Herrenschuhweiten</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>zu eng</translation>
    </message>
    <message>
        <source>snug</source>
        <translation>eng</translation>
    </message>
    <message>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <source>loose</source>
        <translation>weit</translation>
    </message>
    <message>
        <source>too loose</source>
        <translation>zu weit</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>zu kurz</translation>
    </message>
    <message>
        <source>short</source>
        <translation>kurz</translation>
    </message>
    <message>
        <source>long</source>
        <translation>lang</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>zu lang</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>passt</translation>
    </message>
    <message>
        <source>between sizes</source>
        <translation>zwischen zwei Größen</translation>
    </message>
    <message>
        <source>best available</source>
        <translation>beste verfügbare</translation>
    </message>
    <message>
        <source>no size fits</source>
        <translation>keine Größe passt</translation>
    </message>
    <message>
        <source>no measurements</source>
        <translation>keine Maße</translation>
    </message>
    <message>
        <source>slim</source>
        <translation>schmal</translation>
    </message>
    <message>
        <source>regular</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>relaxed</source>
        <translation>locker</translation>
    </message>
    <message>
        <source>no stretch</source>
        <translation>nicht dehnbar</translation>
    </message>
    <message>
        <source>some stretch</source>
        <translation>etwas dehnbar</translation>
    </message>
    <message>
        <source>high stretch</source>
        <translation>stark dehnbar</translation>
    </message>
    <message>
        <source>women</source>
        <translation>Damen</translation>
    </message>
    <message>
        <source>men</source>
        <translation>Herren</translation>
    </message>
    <message>
        <source>unisex</source>
        <translation>Unisex</translation>
    </message>
    <message>
        <source>girls</source>
        <translation>Mädchen</translation>
    </message>
    <message>
        <source>boys</source>
        <translation>Jungen</translation>
    </message>
    <message>
        <source>baby</source>
        <translation>Baby</translation>
    </message>
    <message>
        <source>kids</source>
        <translation>Kinder</translation>
    </message>
    <message>
        <source>Step into view, 2–3 m from the camera.</source>
        <translation>Treten Sie ins Bild, 2–3 m von der Kamera entfernt.</translation>
    </message>
    <message>
        <source>Only the person being measured may be in view.</source>
        <translation>Nur die Person, die gemessen wird, darf im Bild sein.</translation>
    </message>
    <message>
        <source>Step back: the whole body, head to feet, must be in the picture.</source>
        <translation>Treten Sie zurück: Der ganze Körper, von Kopf bis Fuß, muss im Bild sein.</translation>
    </message>
    <message>
        <source>Step a little closer.</source>
        <translation>Kommen Sie etwas näher.</translation>
    </message>
    <message>
        <source>Stand upright, feet slightly apart, looking ahead.</source>
        <translation>Stehen Sie aufrecht, die Füße leicht auseinander, den Blick nach vorn.</translation>
    </message>
    <message>
        <source>Face the camera.</source>
        <translation>Schauen Sie zur Kamera.</translation>
    </message>
    <message>
        <source>Now turn 90° so your side faces the camera.</source>
        <translation>Drehen Sie sich jetzt um 90°, sodass Ihre Seite zur Kamera zeigt.</translation>
    </message>
    <message>
        <source>Hold your arms a little away from your body.</source>
        <translation>Halten Sie die Arme etwas vom Körper weg.</translation>
    </message>
    <message>
        <source>It is too dark: add light in front of you.</source>
        <translation>Es ist zu dunkel: Sorgen Sie für mehr Licht vor sich.</translation>
    </message>
    <message>
        <source>Too much light behind you: move away from the window.</source>
        <translation>Zu viel Licht hinter Ihnen: Gehen Sie vom Fenster weg.</translation>
    </message>
    <message>
        <source>Hold still…</source>
        <translation>Stillhalten …</translation>
    </message>
    <message>
        <source>Measuring: keep holding still.</source>
        <translation>Messung läuft: Halten Sie weiter still.</translation>
    </message>
    <message>
        <source>Done: see your measurements.</source>
        <translation>Fertig: Sehen Sie sich Ihre Maße an.</translation>
    </message>
    <message>
        <source>Step 1 of 2: facing the camera</source>
        <translation>Schritt 1 von 2: mit dem Gesicht zur Kamera</translation>
    </message>
    <message>
        <source>Step 2 of 2: turn to the side</source>
        <translation>Schritt 2 von 2: zur Seite drehen</translation>
    </message>
    <message>
        <source>Step 2 of 2: side-on</source>
        <translation>Schritt 2 von 2: seitlich</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>The chest level was estimated: arms close to the body hid the armpits.</source>
        <translation>Die Brusthöhe wurde geschätzt: Eng am Körper anliegende Arme verdeckten die Achseln.</translation>
    </message>
    <message>
        <source>The camera angle could not be worked out; lengths assume a level camera.</source>
        <translation>Der Kamerawinkel ließ sich nicht ermitteln; die Längen gehen von einer waagerechten Kamera aus.</translation>
    </message>
    <message>
        <source>The neck girth uses a model for all bodies, so its uncertainty is a little wider.</source>
        <translation>Der Halsumfang beruht auf einem Modell für alle Körper, daher ist seine Unsicherheit etwas größer.</translation>
    </message>
    <message>
        <source>No gap showed between the legs, so the inside leg was estimated from the hips.</source>
        <translation>Zwischen den Beinen war keine Lücke zu sehen, daher wurde die Innenbeinlänge aus den Hüften geschätzt.</translation>
    </message>
    <message>
        <source>An arm touched the body, so the shoulder width is less sure. Hold the arms slightly away.</source>
        <translation>Ein Arm berührte den Körper, daher ist die Schulterbreite weniger sicher. Halten Sie die Arme etwas vom Körper weg.</translation>
    </message>
    <message>
        <source>The height was measured from the reference object.</source>
        <translation>Die Körpergröße wurde anhand des Referenzobjekts gemessen.</translation>
    </message>
    <message>
        <source>The height you gave and the reference object disagree by over 3 %: check both.</source>
        <translation>Ihre angegebene Körpergröße und das Referenzobjekt weichen um mehr als 3 % voneinander ab: Prüfen Sie beides.</translation>
    </message>
    <message>
        <source>The clothes&apos; usual allowance was taken off the girths; the +/- includes how much it varies.</source>
        <translation>Die übliche Bewegungszugabe der Kleidung wurde von den Umfängen abgezogen; das +/- berücksichtigt, wie stark sie schwankt.</translation>
    </message>
    <message>
        <source>The girths use the body&apos;s width seen from every side during the turn.</source>
        <translation>Die Umfänge verwenden die Körperbreite, die während der Drehung von allen Seiten gesehen wurde.</translation>
    </message>
    <message>
        <source>Women&apos;s shoe widths</source>
        <translation>Damenschuhweiten</translation>
    </message>
    <message>
        <source>Women&apos;s swimwear</source>
        <translation>Damenbademode</translation>
    </message>
    <message>
        <source>Women&apos;s tops (petite)</source>
        <translation>Damenoberteile (Kurzgrößen)</translation>
    </message>
    <message>
        <source>Women&apos;s tops (plus)</source>
        <translation>Damenoberteile (große Größen)</translation>
    </message>
    <message>
        <source>Women&apos;s tops (tall)</source>
        <translation>Damenoberteile (Langgrößen)</translation>
    </message>
    <message>
        <source>Women&apos;s tops (maternity)</source>
        <translation>Damenoberteile (Umstandsmode)</translation>
    </message>
    <message>
        <source>Women&apos;s dresses (plus)</source>
        <translation>Damenkleider (große Größen)</translation>
    </message>
    <message>
        <source>Women&apos;s trousers (plus)</source>
        <translation>Damenhosen (große Größen)</translation>
    </message>
    <message>
        <source>Men&apos;s tops (tall)</source>
        <translation>Herrenoberteile (Langgrößen)</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>Admin PIN</source>
        <translation>Admin-PIN</translation>
    </message>
    <message>
        <source>Enter the new PIN again</source>
        <translation>Geben Sie die neue PIN erneut ein</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The two PINs differ. Start again.</source>
        <translation>Die beiden PINs stimmen nicht überein. Beginnen Sie von vorn.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Falsche PIN.</translation>
    </message>
    <message>
        <source>Choose a new admin PIN (%1 to %2 digits)</source>
        <translation>Wählen Sie eine neue Admin-PIN (%1 bis %2 Ziffern)</translation>
    </message>
    <message>
        <source>No admin PIN is set. Set one in the desktop app (File ▸ Settings) or with “sizer kiosk set-pin”.</source>
        <translation>Es ist keine Admin-PIN festgelegt. Legen Sie eine in der Desktop-App fest (Datei ▸ Einstellungen) oder mit „sizer kiosk set-pin“.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>Zu viele falsche PINs. Versuchen Sie es in %1 s erneut.</translation>
    </message>
</context>
<context>
    <name>PresetDialog</name>
    <message>
        <source>Amazon: size-chart workbook (XLSX)</source>
        <translation>Amazon: Arbeitsmappe mit Größentabellen (XLSX)</translation>
    </message>
    <message>
        <source>Amazon: size attributes of each child listing</source>
        <translation>Amazon: Größenattribute jedes Kindartikels</translation>
    </message>
    <message>
        <source>Google Merchant Center: size feed</source>
        <translation>Google Merchant Center: Größen-Feed</translation>
    </message>
    <message>
        <source>Shopify: size-chart metaobjects (JSON)</source>
        <translation>Shopify: Metaobjekte für Größentabellen (JSON)</translation>
    </message>
    <message>
        <source>Shopify: product metafields (CSV)</source>
        <translation>Shopify: Produkt-Metafelder (CSV)</translation>
    </message>
    <message>
        <source>Pictures for Temu, SHEIN, AliExpress (a folder)</source>
        <translation>Bilder für Temu, SHEIN, AliExpress (ein Ordner)</translation>
    </message>
    <message>
        <source>Marketplace files</source>
        <translation>Marktplatzdateien</translation>
    </message>
    <message>
        <source>as on your Amazon listings</source>
        <translation>wie in Ihren Amazon-Angeboten</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>Amazon &amp;marketplace:</source>
        <translation>Amazon-&amp;Marktplatz:</translation>
    </message>
    <message>
        <source>&amp;Brand:</source>
        <translation>Ma&amp;rke:</translation>
    </message>
    <message>
        <source>Google &amp;size system:</source>
        <translation>Google-&amp;Größensystem:</translation>
    </message>
    <message>
        <source>&amp;Picture size:</source>
        <translation>&amp;Bildgröße:</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Which field each file fills, and from what: README, Marketplace presets.</source>
        <translation>Welches Feld jede Datei füllt und woraus: README, Marketplace presets.</translation>
    </message>
    <message>
        <source>Amazon keeps one size chart per brand: type the brand.</source>
        <translation>Amazon führt eine Größentabelle pro Marke: Geben Sie die Marke ein.</translation>
    </message>
    <message>
        <source>&amp;Language of the texts:</source>
        <translation>Sprache der &amp;Texte:</translation>
    </message>
</context>
<context>
    <name>PresetResultDialog</name>
    <message>
        <source>Marketplace files</source>
        <translation>Marktplatzdateien</translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s) on what the file holds; read them before you upload it:</source>
        <translation>
            <numerusform>%Ln Hinweis zum Inhalt der Datei; lesen Sie ihn vor dem Hochladen:</numerusform>
            <numerusform>%Ln Hinweise zum Inhalt der Datei; lesen Sie sie vor dem Hochladen:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>{low} to {high} cm</source>
        <translation>{low} bis {high} cm</translation>
    </message>
    <message>
        <source>{low} to {high} cm for adults</source>
        <translation>{low} bis {high} cm bei Erwachsenen</translation>
    </message>
    <message>
        <source>{low} to {high} cm for children</source>
        <translation>{low} bis {high} cm bei Kindern</translation>
    </message>
    <message>
        <source>{value} cm is not a plausible body {dimension}; expected {expected}{hint}</source>
        <translation>{value} cm ist als Körpermaß {dimension} nicht plausibel; erwartet: {expected}{hint}</translation>
    </message>
    <message>
        <source>{value} cm is not a plausible garment {dimension} (bodies measure {expected}){hint}</source>
        <translation>{value} cm ist als Kleidungsmaß {dimension} nicht plausibel (Körper messen {expected}){hint}</translation>
    </message>
    <message>
        <source>looks like inches: {typed} in = {cm} cm?</source>
        <translation>sieht nach Zoll aus: {typed} in = {cm} cm?</translation>
    </message>
    <message>
        <source>looks like millimetres: {typed} mm = {cm} cm?</source>
        <translation>sieht nach Millimetern aus: {typed} mm = {cm} cm?</translation>
    </message>
    <message>
        <source>looks like centimetres: {typed} cm?</source>
        <translation>sieht nach Zentimetern aus: {typed} cm?</translation>
    </message>
    <message>
        <source>; {slip}</source>
        <translation>; {slip}</translation>
    </message>
    <message>
        <source>; {slip} then end the column name in _in ({column})</source>
        <translation>; {slip} Dann beenden Sie den Spaltennamen mit _in ({column})</translation>
    </message>
    <message>
        <source>; {slip} the column is in cm</source>
        <translation>; {slip} Die Spalte ist in cm</translation>
    </message>
    <message>
        <source>; {slip} then drop the _in from the column name</source>
        <translation>; {slip} Dann entfernen Sie das _in aus dem Spaltennamen</translation>
    </message>
    <message>
        <source>a measurement goes inside measurements_cm, e.g. {&quot;measurements_cm&quot;: {&quot;{key}&quot;: ...}}</source>
        <translation>ein Messwert gehört in measurements_cm, z. B. {&quot;measurements_cm&quot;: {&quot;{key}&quot;: ...}}</translation>
    </message>
    <message>
        <source>unknown profile key {key}; did you mean {hint} inside measurements_cm?</source>
        <translation>unbekannter Profilschlüssel {key}; meinten Sie {hint} in measurements_cm?</translation>
    </message>
    <message>
        <source>size {label}: {value} cm is not a plausible body {dimension}; expected {expected}{hint}</source>
        <translation>Größe {label}: {value} cm ist als Körpermaß {dimension} nicht plausibel; erwartet: {expected}{hint}</translation>
    </message>
    <message>
        <source> (import the other rows with --accept-valid-rows)</source>
        <translation> (die übrigen Zeilen mit --accept-valid-rows importieren)</translation>
    </message>
    <message>
        <source>{reason} (also rows {rows})</source>
        <translation>{reason} (auch Zeilen {rows})</translation>
    </message>
    <message>
        <source>{reason} (also rows {rows} and {more} more)</source>
        <translation>{reason} (auch Zeilen {rows} und {more} weitere)</translation>
    </message>
    <message>
        <source>{value} (row {row})</source>
        <translation>{value} (Zeile {row})</translation>
    </message>
    <message>
        <source>{values} and {more} more</source>
        <translation>{values} und {more} weitere</translation>
    </message>
    <message>
        <source> (did you mean {suggestions}?)</source>
        <translation> (meinten Sie {suggestions}?)</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} oder {second}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>Zeile {row}</translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation>Spalte {column}</translation>
    </message>
    <message>
        <source>unknown catalogue format {suffix}; valid: {valid}</source>
        <translation>unbekanntes Katalogformat {suffix}; gültig: {valid}</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>cannot read the file: {detail}</source>
        <translation>Die Datei kann nicht gelesen werden: {detail}</translation>
    </message>
    <message>
        <source>is a folder; give a catalogue file (.csv or .xlsx)</source>
        <translation>ist ein Ordner; geben Sie eine Katalogdatei an (.csv oder .xlsx)</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe or a device); give a catalogue file (.csv or .xlsx)</source>
        <translation>ist keine reguläre Datei (sondern eine Pipe oder ein Gerät); geben Sie eine Katalogdatei an (.csv oder .xlsx)</translation>
    </message>
    <message>
        <source>the file is larger than {limit_gb} GB; split the catalogue</source>
        <translation>Die Datei ist größer als {limit_gb} GB; teilen Sie den Katalog auf</translation>
    </message>
    <message>
        <source>the file is empty; expected a header row</source>
        <translation>Die Datei ist leer; erwartet wird eine Kopfzeile</translation>
    </message>
    <message>
        <source>malformed CSV: {detail}</source>
        <translation>fehlerhafte CSV: {detail}</translation>
    </message>
    <message>
        <source>not a readable XLSX workbook ({detail})</source>
        <translation>keine lesbare XLSX-Arbeitsmappe ({detail})</translation>
    </message>
    <message>
        <source>not an XLSX workbook (no xl/workbook.xml); save it from Excel or LibreOffice as .xlsx</source>
        <translation>keine XLSX-Arbeitsmappe (kein xl/workbook.xml); speichern Sie sie aus Excel oder LibreOffice als .xlsx</translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <translation>Die Arbeitsmappe hat keine Tabellenblätter</translation>
    </message>
    <message>
        <source>every sheet of the workbook is hidden; unhide the catalogue sheet in Excel and save again</source>
        <translation>Alle Tabellenblätter der Arbeitsmappe sind ausgeblendet; blenden Sie das Katalogblatt in Excel ein und speichern Sie erneut</translation>
    </message>
    <message>
        <source>a formula ({formula}) without a saved value; open the file in Excel or LibreOffice and save it again, or type the value itself</source>
        <translation>eine Formel ({formula}) ohne gespeicherten Wert; öffnen Sie die Datei in Excel oder LibreOffice und speichern Sie sie erneut, oder geben Sie den Wert selbst ein</translation>
    </message>
    <message>
        <source>a reference to shared text {value} that the workbook does not have</source>
        <translation>ein Verweis auf einen gemeinsamen Text {value}, den die Arbeitsmappe nicht enthält</translation>
    </message>
    <message>
        <source>the spreadsheet error {value}; fix the formula or type the value</source>
        <translation>Tabellenfehler {value}; korrigieren Sie die Formel oder geben Sie den Wert ein</translation>
    </message>
    <message>
        <source>a date ({date}); Excel turns values such as 9-10 into dates: format the column as Text and type the value again</source>
        <translation>ein Datum ({date}); Excel wandelt Werte wie 9-10 in Datumsangaben um: Formatieren Sie die Spalte als Text und geben Sie den Wert erneut ein</translation>
    </message>
    <message>
        <source>a text of {length} characters, more than a cell holds ({limit})</source>
        <translation>ein Text mit {length} Zeichen, mehr als eine Zelle fasst ({limit})</translation>
    </message>
    <message>
        <source>a header cell holds {reason}</source>
        <translation>Eine Zelle der Kopfzeile enthält: {reason}</translation>
    </message>
    <message>
        <source>... and {count} more</source>
        <translation>... und {count} weitere</translation>
    </message>
    <message>
        <source>no valid rows</source>
        <translation>keine gültigen Zeilen</translation>
    </message>
    <message>
        <source>no data rows under the header</source>
        <translation>keine Datenzeilen unter der Kopfzeile</translation>
    </message>
    <message>
        <source>unknown column {column}{did_you_mean}; valid: {fields}, &lt;dimension&gt;_min, &lt;dimension&gt;_max, garment_&lt;dimension&gt; (add _in for inches) with &lt;dimension&gt; one of {dimensions}</source>
        <translation>unbekannte Spalte {column}{did_you_mean}; gültig: {fields}, &lt;dimension&gt;_min, &lt;dimension&gt;_max, garment_&lt;dimension&gt; (mit _in für Zoll), wobei &lt;dimension&gt; eines von {dimensions} ist</translation>
    </message>
    <message>
        <source>no ease is defined for garment {dimension}, so it cannot become a body range; give {dimension}_min/_max instead, or use garment_ with one of {dimensions}</source>
        <translation>Für das Kleidungsmaß {dimension} ist keine Zugabe festgelegt, daher kann es nicht zu einem Körperbereich werden; geben Sie stattdessen {dimension}_min/_max an oder verwenden Sie garment_ mit einem von {dimensions}</translation>
    </message>
    <message>
        <source>the same column as {column}; keep one</source>
        <translation>dieselbe Spalte wie {column}; behalten Sie nur eine</translation>
    </message>
    <message>
        <source>required column missing; a catalogue needs {columns}</source>
        <translation>Eine erforderliche Spalte fehlt; ein Katalog braucht {columns}</translation>
    </message>
    <message>
        <source>empty; every row needs a listing_id, title, category and size_label</source>
        <translation>leer; jede Zeile braucht listing_id, title, category und size_label</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>unknown {kind} {value}{did_you_mean}; valid: {choices}</source>
        <translation>{value} ist als {kind} unbekannt{did_you_mean}; gültig: {choices}</translation>
    </message>
    <message>
        <source>unknown {kind} {value}{did_you_mean}
valid {kinds}: {choices}</source>
        <translation>{value} ist als {kind} unbekannt{did_you_mean}
Gültige {kinds}: {choices}</translation>
    </message>
    <message>
        <source>{choices}, ... ({count} in all)</source>
        <translation>{choices}, ... ({count} insgesamt)</translation>
    </message>
    <message>
        <source>listing {listing} has no sizes</source>
        <translation>Artikel {listing} hat keine Größen</translation>
    </message>
    <message>
        <source>{reason}; or leave it empty for the brand&apos;s own labels</source>
        <translation>{reason}; oder lassen Sie das Feld leer, um die eigenen Größenbezeichnungen der Marke zu verwenden</translation>
    </message>
    <message>
        <source>a row without measurements refers to the standard chart of its category, so it needs the label&apos;s size system; valid: {systems}</source>
        <translation>Eine Zeile ohne Maße verweist auf die Standardtabelle ihrer Kategorie und braucht daher das Größensystem der Bezeichnung; gültig: {systems}</translation>
    </message>
    <message>
        <source>differs from row {row} of listing {listing} ({value}); every row of a listing gives the same {field}</source>
        <translation>weicht von Zeile {row} des Artikels {listing} ab ({value}); jede Zeile eines Artikels muss denselben Wert für {field} angeben</translation>
    </message>
    <message>
        <source>listing {listing} already has size {label}; each label once</source>
        <translation>Artikel {listing} hat bereits die Größe {label}; jede Bezeichnung nur einmal</translation>
    </message>
    <message>
        <source>{value} is not a number; expected cm, e.g. 92.5</source>
        <translation>{value} ist keine Zahl; erwartet: cm, z. B. 92.5</translation>
    </message>
    <message>
        <source>{value} is not a number; expected inches, e.g. 92.5</source>
        <translation>{value} ist keine Zahl; erwartet: Zoll, z. B. 92.5</translation>
    </message>
    <message>
        <source>{value} is not a length; expected a positive number</source>
        <translation>{value} ist keine Länge; erwartet wird eine positive Zahl</translation>
    </message>
    <message>
        <source>give either garment_{dimension} or {dimension}_min/_max in a row, not both</source>
        <translation>Geben Sie in einer Zeile entweder garment_{dimension} oder {dimension}_min/_max an, nicht beides</translation>
    </message>
    <message>
        <source>{value} cm is not a plausible garment {dimension} (bodies measure {low} to {high} cm){hint}</source>
        <translation>{value} cm ist als Kleidungsmaß {dimension} nicht plausibel (Körper messen {low} bis {high} cm){hint}</translation>
    </message>
    <message>
        <source>{value} cm is not a plausible body {dimension}; expected {low} to {high} cm{hint}</source>
        <translation>{value} cm ist als Körpermaß {dimension} nicht plausibel; erwartet: {low} bis {high} cm{hint}</translation>
    </message>
    <message>
        <source>; is it in cm? then drop the _in from the column name</source>
        <translation>; sind die Werte in cm? Dann entfernen Sie das _in aus dem Spaltennamen</translation>
    </message>
    <message>
        <source>; if the values are inches, end the column name in _in (e.g. chest_girth_min_in)</source>
        <translation>; wenn die Werte in Zoll sind, lassen Sie den Spaltennamen auf _in enden (z. B. chest_girth_min_in)</translation>
    </message>
    <message>
        <source>the minimum {low} cm is above the maximum {high} cm; swap them</source>
        <translation>Das Minimum {low} cm liegt über dem Maximum {high} cm; vertauschen Sie die beiden</translation>
    </message>
    <message>
        <source>an open-ended size from {low} cm cannot reach the plausible maximum {high} cm of {dimension}; give {dimension}_max too</source>
        <translation>Eine nach oben offene Größe ab {low} cm kann das plausible Maximum von {high} cm für {dimension} nicht erreichen; geben Sie auch {dimension}_max an</translation>
    </message>
    <message>
        <source>a size up to {high} cm lies below the plausible minimum {low} cm of {dimension}; give {dimension}_min too</source>
        <translation>Eine Größe bis {high} cm liegt unter dem plausiblen Minimum von {low} cm für {dimension}; geben Sie auch {dimension}_min an</translation>
    </message>
    <message>
        <source>{path}: the column mapping is not complete:
  {problems}</source>
        <translation>{path}: Die Spaltenzuordnung ist unvollständig:
  {problems}</translation>
    </message>
    <message>
        <source>the mapping&apos;s header row is not in the file</source>
        <translation>Die Kopfzeile der Zuordnung ist nicht in der Datei</translation>
    </message>
    <message>
        <source>the mapping names columns this file does not have; map this file&apos;s columns again</source>
        <translation>Die Zuordnung nennt Spalten, die diese Datei nicht hat; ordnen Sie die Spalten dieser Datei neu zu</translation>
    </message>
    <message>
        <source>no option of this product is a size ({options}); name the size option Size, or map the size column</source>
        <translation>Keine Option dieses Produkts ist eine Größe ({options}); nennen Sie die Größenoption Size oder ordnen Sie die Größenspalte zu</translation>
    </message>
    <message>
        <source>no option names</source>
        <translation>keine Optionsnamen</translation>
    </message>
    <message>
        <source>{value} is not a measurement; write one number or a range such as 86-90</source>
        <translation>{value} ist kein Maß; schreiben Sie eine Zahl oder einen Bereich wie 86-90</translation>
    </message>
    <message>
        <source>the sizes of listing {listing} are labels of more than one {category} size system ({systems}), which fit different bodies; give the size system in a column (e.g. a Size system metafield) or set it for every row in the mapping</source>
        <translation>Die Größen des Artikels {listing} sind Bezeichnungen mehrerer Größensysteme von {category} ({systems}), die verschiedenen Körpern passen; geben Sie das Größensystem in einer Spalte an (z. B. ein Metafeld Size system) oder legen Sie es in der Zuordnung für alle Zeilen fest</translation>
    </message>
    <message>
        <source>{path}: cannot be written: {detail}</source>
        <translation>{path}: kann nicht geschrieben werden: {detail}</translation>
    </message>
    <message>
        <source>{dimension} {typed} is not a plausible body measurement for {chart}; expected {expected}{hint}</source>
        <translation>{dimension} {typed} ist kein plausibles Körpermaß für {chart}; erwartet: {expected}{hint}</translation>
    </message>
    <message>
        <source>--category is required (or --chart-file); categories: {categories}</source>
        <translation>--category ist erforderlich (oder --chart-file); Kategorien: {categories}</translation>
    </message>
    <message>
        <source>--category is required (or --chart-file); {system} {label} is a size of {matches}
all categories: {categories}</source>
        <translation>--category ist erforderlich (oder --chart-file); {system} {label} ist eine Größe von {matches}
alle Kategorien: {categories}</translation>
    </message>
    <message>
        <source>{path}: a {channel} file is written as {suffixes}, not {suffix}; end the file name in one of these</source>
        <translation>{path}: eine {channel}-Datei wird als {suffixes} geschrieben, nicht als {suffix}; den Dateinamen auf eine dieser Endungen enden lassen</translation>
    </message>
    <message>
        <source>{path} is one picture, but the {count} listings make {count} pictures: write them to a folder, or choose one listing</source>
        <translation>{path} ist ein einzelnes Bild, aber die {count} Angebote ergeben {count} Bilder: in einen Ordner schreiben oder ein einzelnes Angebot wählen</translation>
    </message>
    <message>
        <source>{path}: the pictures go in a folder, and this is a file; give a folder, or a .png or .jpg name for the picture of one listing</source>
        <translation>{path}: die Bilder kommen in einen Ordner, und dies ist eine Datei; einen Ordner angeben oder einen .png- oder .jpg-Namen für das Bild eines einzelnen Angebots</translation>
    </message>
    <message>
        <source>{path}: is a folder; give a file name inside it</source>
        <translation>{path}: ist ein Ordner; geben Sie einen Dateinamen darin an</translation>
    </message>
    <message>
        <source>{path}: is not a regular file (a pipe or a device); give a file name</source>
        <translation>{path}: ist keine reguläre Datei (sondern eine Pipe oder ein Gerät); geben Sie einen Dateinamen an</translation>
    </message>
    <message>
        <source>{path}: the file is read-only; it was not replaced. Make it writable or save under another name</source>
        <translation>{path}: Die Datei ist schreibgeschützt; sie wurde nicht ersetzt. Heben Sie den Schreibschutz auf oder speichern Sie unter einem anderen Namen</translation>
    </message>
    <message>
        <source>{path}: the folder {folder} does not exist</source>
        <translation>{path}: Der Ordner {folder} existiert nicht</translation>
    </message>
    <message>
        <source>{path}: {folder} exists but is not a folder</source>
        <translation>{path}: {folder} existiert, ist aber kein Ordner</translation>
    </message>
    <message>
        <source>{path}: the disk is full; nothing was written and any previous file is unchanged</source>
        <translation>{path}: Der Datenträger ist voll; es wurde nichts geschrieben, und eine vorhandene Datei bleibt unverändert</translation>
    </message>
    <message>
        <source>{path}: permission denied; save somewhere you may write</source>
        <translation>{path}: Zugriff verweigert; speichern Sie an einem Ort, an dem Sie schreiben dürfen</translation>
    </message>
    <message>
        <source>{path}: the disk is read-only; save somewhere else</source>
        <translation>{path}: Der Datenträger ist schreibgeschützt; speichern Sie an einem anderen Ort</translation>
    </message>
    <message>
        <source>{path}: no temporary file name is free in {folder}</source>
        <translation>{path}: In {folder} ist kein temporärer Dateiname frei</translation>
    </message>
    <message>
        <source>a profile is a JSON object with &apos;measurements_cm&apos;</source>
        <translation>Ein Profil ist ein JSON-Objekt mit &apos;measurements_cm&apos;</translation>
    </message>
    <message>
        <source>missing or empty; expected e.g. {&quot;chest_girth&quot;: 96, &quot;waist_girth&quot;: 82}</source>
        <translation>fehlt oder ist leer; erwartet z. B. {&quot;chest_girth&quot;: 96, &quot;waist_girth&quot;: 82}</translation>
    </message>
    <message>
        <source>expected a list of strings</source>
        <translation>Erwartet wird eine Liste von Zeichenketten</translation>
    </message>
    <message>
        <source>{value} is not one of {choices}</source>
        <translation>{value} ist keiner der Werte {choices}</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe or a device), not a body profile: give a profile .json file</source>
        <translation>ist keine reguläre Datei (sondern eine Pipe oder ein Gerät) und kein Körperprofil: Geben Sie eine .json-Profildatei an</translation>
    </message>
    <message>
        <source>is a folder, not a profile file</source>
        <translation>ist ein Ordner, keine Profildatei</translation>
    </message>
    <message>
        <source>cannot be read ({detail})</source>
        <translation>kann nicht gelesen werden ({detail})</translation>
    </message>
    <message>
        <source>larger than {kb} KB: not a body profile (save one with `sizer measure --json` or the Measure page)</source>
        <translation>größer als {kb} KB: kein Körperprofil (speichern Sie eines mit `sizer measure --json` oder auf der Seite „Messen“)</translation>
    </message>
    <message>
        <source>not UTF-8 text ({detail})</source>
        <translation>kein UTF-8-Text ({detail})</translation>
    </message>
    <message>
        <source>not valid JSON ({detail})</source>
        <translation>kein gültiges JSON ({detail})</translation>
    </message>
    <message>
        <source>not a profile: the JSON is nested too deeply</source>
        <translation>kein Profil: Das JSON ist zu tief verschachtelt</translation>
    </message>
    <message>
        <source>{name} is not a number of centimetres (expected a plain decimal such as 82.5)</source>
        <translation>{name} ist keine Zentimeterzahl (erwartet wird eine einfache Dezimalzahl wie 82.5)</translation>
    </message>
    <message>
        <source>{token} is not a plausible number of centimetres (expected a plain decimal such as 82.5)</source>
        <translation>{token} ist keine plausible Zentimeterzahl (erwartet wird eine einfache Dezimalzahl wie 82.5)</translation>
    </message>
    <message>
        <source>expected an object of dimension: centimetres</source>
        <translation>Erwartet wird ein Objekt der Form Maß: Zentimeter</translation>
    </message>
    <message>
        <source>expected a number of cm, got {value}</source>
        <translation>Erwartet wird eine Zahl in cm, erhalten: {value}</translation>
    </message>
    <message>
        <source>an uncertainty cannot be negative</source>
        <translation>Eine Unsicherheit kann nicht negativ sein</translation>
    </message>
    <message>
        <source>an uncertainty of {value} cm says nothing; expected 0 to {high} cm</source>
        <translation>Eine Unsicherheit von {value} cm ist nichtssagend; erwartet: 0 bis {high} cm</translation>
    </message>
    <message>
        <source>listing {listing}: a title cannot be empty</source>
        <translation>Artikel {listing}: Der Titel darf nicht leer sein</translation>
    </message>
    <message>
        <source>listing {listing}: {value} is not a size system of {category}; valid: {systems}, or empty for the brand&apos;s own labels</source>
        <translation>Artikel {listing}: {value} ist kein Größensystem von {category}; gültig: {systems} oder leer für die eigenen Größenbezeichnungen der Marke</translation>
    </message>
    <message>
        <source>listing {listing}: its sizes are labels of the {system} chart, so the system cannot change here; give the sizes&apos; measurements in the file instead</source>
        <translation>Artikel {listing}: Seine Größen sind Bezeichnungen der Tabelle {system}, daher kann das System hier nicht geändert werden; geben Sie stattdessen die Maße der Größen in der Datei an</translation>
    </message>
    <message>
        <source>size {label}: its ranges come from a chart or from garment measurements</source>
        <translation>Größe {label}: Ihre Bereiche stammen aus einer Tabelle oder aus Kleidungsmaßen</translation>
    </message>
    <message>
        <source>size {label}: {value} cm is not a plausible body {dimension}; expected {low} to {high} cm</source>
        <translation>Größe {label}: {value} cm ist als Körpermaß {dimension} nicht plausibel; erwartet: {low} bis {high} cm</translation>
    </message>
    <message>
        <source>size {label}: the minimum {low} cm must stay below the maximum {high} cm</source>
        <translation>Größe {label}: Das Minimum {low} cm muss unter dem Maximum {high} cm bleiben</translation>
    </message>
    <message>
        <source>the sheet is empty</source>
        <translation>Das Tabellenblatt ist leer</translation>
    </message>
    <message>
        <source>no measurement found: expected headers such as Chest, Waist, Hip, Inseam (or 胸围, 腰围, 臀围) beside the size labels</source>
        <translation>kein Maß gefunden: Erwartet werden Überschriften wie Chest, Waist, Hip, Inseam (oder 胸围, 腰围, 臀围) neben den Größenbezeichnungen</translation>
    </message>
    <message>
        <source>no size labels found: expected a column (or row) of sizes such as Size, US, UK, EU</source>
        <translation>keine Größenbezeichnungen gefunden: Erwartet wird eine Spalte (oder Zeile) mit Größen wie Size, US, UK, EU</translation>
    </message>
    <message>
        <source>no sizes under the header</source>
        <translation>keine Größen unter der Kopfzeile</translation>
    </message>
    <message>
        <source>the chart has no {system} labels; it has {systems}</source>
        <translation>Die Tabelle hat keine {system}-Bezeichnungen; sie hat {systems}</translation>
    </message>
    <message>
        <source>no ease is known for garment {dimensions}, so Sizer cannot tell the body they fit; import a body-measurement chart, or one with {known}</source>
        <translation>Für die Kleidungsmaße {dimensions} ist keine Zugabe bekannt, daher kann Sizer nicht bestimmen, welchem Körper sie passen; importieren Sie eine Körpermaßtabelle oder eine mit {known}</translation>
    </message>
    <message>
        <source>size {label} appears twice in the chart&apos;s {system} labels</source>
        <translation>Größe {label} kommt in den {system}-Bezeichnungen der Tabelle zweimal vor</translation>
    </message>
    <message>
        <source>the chart has no sizes with {system} labels</source>
        <translation>Die Tabelle hat keine Größen mit {system}-Bezeichnungen</translation>
    </message>
    <message>
        <source>chart id {chart_id}: lower-case letters, digits and _ only</source>
        <translation>Tabellen-ID {chart_id}: nur Kleinbuchstaben, Ziffern und _</translation>
    </message>
    <message>
        <source>a garment chart becomes body ranges through a category&apos;s ease: give its category</source>
        <translation>Eine Tabelle mit Kleidungsmaßen wird über die Zugabe einer Kategorie zu Körperbereichen: Geben Sie ihre Kategorie an</translation>
    </message>
    <message>
        <source>{label}: no such file</source>
        <translation>{label}: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>Give the path of a JPEG or PNG photo.</source>
        <translation>Geben Sie den Pfad eines JPEG- oder PNG-Fotos an.</translation>
    </message>
    <message>
        <source>{label}: the file is empty</source>
        <translation>{label}: Die Datei ist leer</translation>
    </message>
    <message>
        <source>Take or export the photo again.</source>
        <translation>Nehmen Sie das Foto neu auf oder exportieren Sie es erneut.</translation>
    </message>
    <message>
        <source>{label}: the file is {mb} MB, too large</source>
        <translation>{label}: Die Datei ist mit {mb} MB zu groß</translation>
    </message>
    <message>
        <source>Use a normal camera photo (JPEG or PNG under 80 MB).</source>
        <translation>Verwenden Sie ein normales Kamerafoto (JPEG oder PNG unter 80 MB).</translation>
    </message>
    <message>
        <source>{label}: {width}x{height} pixels is too large</source>
        <translation>{label}: {width}x{height} Pixel sind zu groß</translation>
    </message>
    <message>
        <source>Use a photo of at most 64 megapixels.</source>
        <translation>Verwenden Sie ein Foto mit höchstens 64 Megapixeln.</translation>
    </message>
    <message>
        <source>{label}: not a readable image</source>
        <translation>{label}: kein lesbares Bild</translation>
    </message>
    <message>
        <source>Use a JPEG or PNG photo (8-bit colour).</source>
        <translation>Verwenden Sie ein JPEG- oder PNG-Foto (8-Bit-Farbe).</translation>
    </message>
    <message>
        <source>{label}: {bits}-bit image</source>
        <translation>{label}: {bits}-Bit-Bild</translation>
    </message>
    <message>
        <source>Export the photo as an ordinary 8-bit JPEG or PNG.</source>
        <translation>Exportieren Sie das Foto als gewöhnliches 8-Bit-JPEG oder -PNG.</translation>
    </message>
    <message>
        <source>{label}: a greyscale image</source>
        <translation>{label}: ein Graustufenbild</translation>
    </message>
    <message>
        <source>Use a colour photo: the person is found by colour against the background.</source>
        <translation>Verwenden Sie ein Farbfoto: Die Person wird anhand der Farbe vom Hintergrund unterschieden.</translation>
    </message>
    <message>
        <source>{label}: {width}x{height} pixels is too small</source>
        <translation>{label}: {width}x{height} Pixel sind zu klein</translation>
    </message>
    <message>
        <source>Use a photo at least {pixels} pixels on its short side.</source>
        <translation>Verwenden Sie ein Foto mit mindestens {pixels} Pixeln an der kurzen Seite.</translation>
    </message>
    <message>
        <source>{label}: a CMYK (print) image</source>
        <translation>{label}: ein CMYK-Bild (Druckfarben)</translation>
    </message>
    <message>
        <source>Export the photo in RGB colour (as a camera saves it).</source>
        <translation>Exportieren Sie das Foto in RGB-Farben (so, wie eine Kamera es speichert).</translation>
    </message>
    <message>
        <source>cannot open {what}</source>
        <translation>{what} kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>camera {number} (device {index})</source>
        <translation>Kamera {number} (Gerät {index})</translation>
    </message>
    <message>
        <source>video {path}</source>
        <translation>Video {path}</translation>
    </message>
    <message>
        <source>Check that it exists and no other program is using it.</source>
        <translation>Prüfen Sie, ob die Quelle vorhanden ist und kein anderes Programm sie verwendet.</translation>
    </message>
    <message>
        <source>{path}: no such video file</source>
        <translation>{path}: Videodatei nicht gefunden</translation>
    </message>
    <message>
        <source>Give the path of a video file.</source>
        <translation>Geben Sie den Pfad einer Videodatei an.</translation>
    </message>
    <message>
        <source>{folder}: no images found</source>
        <translation>{folder}: keine Bilder gefunden</translation>
    </message>
    <message>
        <source>Put {suffixes} files in it.</source>
        <translation>Legen Sie Dateien vom Typ {suffixes} hinein.</translation>
    </message>
    <message>
        <source>{path}: cannot measure this {view} photo ({reasons})</source>
        <translation>{path}: Dieses Foto {view} kann nicht gemessen werden ({reasons})</translation>
    </message>
    <message>
        <source>front</source>
        <translation>von vorn</translation>
    </message>
    <message>
        <source>side</source>
        <translation>von der Seite</translation>
    </message>
    <message>
        <source>a stature of {stature} cm is not plausible</source>
        <translation>Eine Körpergröße von {stature} cm ist nicht plausibel</translation>
    </message>
    <message>
        <source>Give the height in centimetres, {low} to {high}.</source>
        <translation>Geben Sie die Körpergröße in Zentimetern an, {low} bis {high}.</translation>
    </message>
    <message>
        <source>the person&apos;s height is needed for the scale</source>
        <translation>Die Körpergröße der Person wird für den Maßstab benötigt</translation>
    </message>
    <message>
        <source>Give the height in cm, or hold a printed marker or ID card in the front photo.</source>
        <translation>Geben Sie die Körpergröße in cm an oder halten Sie auf dem Foto von vorn einen gedruckten Marker oder einen Ausweis.</translation>
    </message>
    <message>
        <source>the {reference} gives an implausible height ({height} cm)</source>
        <translation>Der {reference} ergibt eine unplausible Körpergröße ({height} cm)</translation>
    </message>
    <message>
        <source>Hold it flat on your stomach, facing the camera, and check its printed size.</source>
        <translation>Halten Sie ihn flach an Ihren Bauch, zur Kamera gewandt, und prüfen Sie seine gedruckte Größe.</translation>
    </message>
    <message>
        <source>printed marker</source>
        <translation>Marker</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>Ausweis</translation>
    </message>
    <message>
        <source>the photos gave an implausible {dimension} ({value} cm)</source>
        <translation>Die Fotos ergaben einen unplausiblen Wert für {dimension} ({value} cm)</translation>
    </message>
    <message>
        <source>Retake both photos: whole body in view, plain background, tight clothes, arms slightly away.</source>
        <translation>Nehmen Sie beide Fotos neu auf: ganzer Körper im Bild, schlichter Hintergrund, eng anliegende Kleidung, die Arme etwas vom Körper weg.</translation>
    </message>
    <message>
        <source>loose clothes: the girths cannot be measured</source>
        <translation>weite Kleidung: Die Umfänge können nicht gemessen werden</translation>
    </message>
    <message>
        <source>Loose clothes hide the body&apos;s shape, so the girths would read several centimetres too big. Change into a fitted top and leggings (or underwear) and measure again, or measure with a tape following the illustrated measuring guide.</source>
        <translation>Weite Kleidung verbirgt die Körperform, sodass die Umfänge mehrere Zentimeter zu groß ausfielen. Ziehen Sie ein eng anliegendes Oberteil und Leggings (oder Unterwäsche) an und messen Sie erneut, oder messen Sie mit einem Maßband nach der illustrierten Messanleitung.</translation>
    </message>
    <message>
        <source>the silhouette shows loose clothing (a hem, a waist as deep as the chest)</source>
        <translation>Die Silhouette zeigt weite Kleidung (einen Saum, eine Taille so tief wie die Brust)</translation>
    </message>
    <message>
        <source>the capture is not finished</source>
        <translation>Die Aufnahme ist nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Hold still facing the camera, then side-on ({step} now).</source>
        <translation>Halten Sie still, zuerst mit dem Gesicht zur Kamera, dann seitlich (jetzt: {step}).</translation>
    </message>
    <message>
        <source>facing the camera</source>
        <translation>mit dem Gesicht zur Kamera</translation>
    </message>
    <message>
        <source>turning</source>
        <translation>beim Drehen</translation>
    </message>
    <message>
        <source>side-on</source>
        <translation>seitlich</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>the torso could not be traced in the photos</source>
        <translation>Der Rumpf konnte auf den Fotos nicht erfasst werden</translation>
    </message>
    <message>
        <source>Stand against a plain background, arms slightly away from the body.</source>
        <translation>Stellen Sie sich vor einen schlichten Hintergrund, die Arme etwas vom Körper weg.</translation>
    </message>
    <message>
        <source>the front view is turned {degrees} degrees from the camera</source>
        <translation>Die Vorderansicht ist um {degrees} Grad von der Kamera weggedreht</translation>
    </message>
    <message>
        <source>Face the camera squarely for the front view (feet and shoulders square to it).</source>
        <translation>Stellen Sie sich für die Vorderansicht frontal vor die Kamera (Füße und Schultern gerade zu ihr ausgerichtet).</translation>
    </message>
    <message>
        <source>the side view is {degrees} degrees off side-on</source>
        <translation>Die Seitenansicht weicht um {degrees} Grad von genau seitlich ab</translation>
    </message>
    <message>
        <source>Turn exactly a quarter turn for the side view: one shoulder pointing at the camera.</source>
        <translation>Drehen Sie sich für die Seitenansicht genau um eine Vierteldrehung: Eine Schulter zeigt zur Kamera.</translation>
    </message>
    <message>
        <source>the {girth} read {value} cm where the other girths of a real body would put it near {predicted} cm</source>
        <translation>Der Wert für {girth} betrug {value} cm, wo die übrigen Umfänge eines realen Körpers etwa {predicted} cm erwarten ließen</translation>
    </message>
    <message>
        <source>Measure again: face the camera squarely, then turn exactly side-on; arms a hand&apos;s width from the body; fitted clothes; the camera at chest height, 2-3 m away.</source>
        <translation>Messen Sie erneut: Stellen Sie sich frontal vor die Kamera und drehen Sie sich dann genau zur Seite; die Arme eine Handbreit vom Körper; eng anliegende Kleidung; die Kamera auf Brusthöhe, 2-3 m entfernt.</translation>
    </message>
    <message>
        <source>{what} was not found in the front photo</source>
        <translation>{what} wurde auf dem Foto von vorn nicht gefunden</translation>
    </message>
    <message>
        <source>the printed marker</source>
        <translation>Der gedruckte Marker</translation>
    </message>
    <message>
        <source>an ID card (85.6 x 54 mm)</source>
        <translation>Ein Ausweis (85,6 x 54 mm)</translation>
    </message>
    <message>
        <source>Hold it flat against your stomach, facing the camera, fully visible and unbent.</source>
        <translation>Halten Sie ihn flach an Ihren Bauch, zur Kamera gewandt, vollständig sichtbar und nicht geknickt.</translation>
    </message>
    <message>
        <source>No person was found. Stand 2-3 m from the camera, in good light, against a plain wall.</source>
        <translation>Es wurde keine Person gefunden. Stellen Sie sich 2-3 m von der Kamera entfernt bei gutem Licht vor eine schlichte Wand.</translation>
    </message>
    <message>
        <source>More than one person is in the picture. Only the person to be measured may be in view.</source>
        <translation>Es ist mehr als eine Person im Bild. Nur die Person, die gemessen wird, darf im Bild sein.</translation>
    </message>
    <message>
        <source>The whole body must be in the picture, from the top of the head to the feet, with a little space around it. Step back or lower the zoom.</source>
        <translation>Der ganze Körper muss im Bild sein, vom Scheitel bis zu den Füßen, mit etwas Platz rundherum. Treten Sie zurück oder verringern Sie den Zoom.</translation>
    </message>
    <message>
        <source>The person is too small in the picture. Step closer: the body should fill at least half of the picture&apos;s height.</source>
        <translation>Die Person ist im Bild zu klein. Kommen Sie näher: Der Körper sollte mindestens die halbe Bildhöhe ausfüllen.</translation>
    </message>
    <message>
        <source>The person is too close. Step back until there is space above the head and below the feet.</source>
        <translation>Die Person ist zu nah. Treten Sie zurück, bis über dem Kopf und unter den Füßen Platz ist.</translation>
    </message>
    <message>
        <source>Stand upright, feet slightly apart, looking ahead (not seated or bending).</source>
        <translation>Stehen Sie aufrecht, die Füße leicht auseinander, den Blick nach vorn (nicht sitzend oder gebeugt).</translation>
    </message>
    <message>
        <source>This is not a front view. Face the camera squarely for the front photo.</source>
        <translation>Dies ist keine Vorderansicht. Stellen Sie sich für das Foto von vorn frontal vor die Kamera.</translation>
    </message>
    <message>
        <source>This is not a side view. Turn 90 degrees so that your side faces the camera.</source>
        <translation>Dies ist keine Seitenansicht. Drehen Sie sich um 90 Grad, sodass Ihre Seite zur Kamera zeigt.</translation>
    </message>
    <message>
        <source>The person faces away from the camera. Face the camera for the front photo.</source>
        <translation>Die Person ist von der Kamera abgewandt. Wenden Sie sich für das Foto von vorn der Kamera zu.</translation>
    </message>
    <message>
        <source>Hold the arms slightly away from the body (a hand&apos;s width), so the waist shows.</source>
        <translation>Halten Sie die Arme etwas vom Körper weg (eine Handbreit), damit die Taille sichtbar ist.</translation>
    </message>
    <message>
        <source>The picture is too dark. Turn on more light, facing the person.</source>
        <translation>Das Bild ist zu dunkel. Sorgen Sie für mehr Licht, das auf die Person gerichtet ist.</translation>
    </message>
    <message>
        <source>The picture is overexposed. Avoid a window or a lamp behind or straight at the person.</source>
        <translation>Das Bild ist überbelichtet. Vermeiden Sie Fenster oder Lampen hinter der Person oder direkt auf sie gerichtet.</translation>
    </message>
    <message>
        <source>no person</source>
        <translation>keine Person</translation>
    </message>
    <message>
        <source>several people</source>
        <translation>mehrere Personen</translation>
    </message>
    <message>
        <source>body cut off</source>
        <translation>Körper abgeschnitten</translation>
    </message>
    <message>
        <source>too far</source>
        <translation>zu weit weg</translation>
    </message>
    <message>
        <source>too close</source>
        <translation>zu nah</translation>
    </message>
    <message>
        <source>not upright</source>
        <translation>nicht aufrecht</translation>
    </message>
    <message>
        <source>expected front</source>
        <translation>Vorderansicht erwartet</translation>
    </message>
    <message>
        <source>expected side</source>
        <translation>Seitenansicht erwartet</translation>
    </message>
    <message>
        <source>facing away</source>
        <translation>abgewandt</translation>
    </message>
    <message>
        <source>arms against body</source>
        <translation>Arme am Körper</translation>
    </message>
    <message>
        <source>too dark</source>
        <translation>zu dunkel</translation>
    </message>
    <message>
        <source>too bright</source>
        <translation>zu hell</translation>
    </message>
    <message>
        <source>empty; expected a whole number</source>
        <translation>leer; erwartet wird eine ganze Zahl</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>{value} is below {minimum}; expected a whole number of at least {minimum}</source>
        <translation>{value} liegt unter {minimum}; erwartet wird eine ganze Zahl von mindestens {minimum}</translation>
    </message>
    <message>
        <source>empty; expected a date such as 2024-03-05, 2024-03-05 10:11:12, 05-03-2024 or 05.03.2024</source>
        <translation>leer; erwartet wird ein Datum wie 2024-03-05, 2024-03-05 10:11:12, 05-03-2024 oder 05.03.2024</translation>
    </message>
    <message>
        <source>{value} is not a date such as 2024-03-05, 2024-03-05 10:11:12, 05-03-2024 or 05.03.2024</source>
        <translation>{value} ist kein Datum wie 2024-03-05, 2024-03-05 10:11:12, 05-03-2024 oder 05.03.2024</translation>
    </message>
    <message>
        <source>empty; every line needs its listing</source>
        <translation>leer; jede Position braucht ihren Artikel</translation>
    </message>
    <message>
        <source>listing {listing} is not in the catalogue{did_you_mean}</source>
        <translation>Artikel {listing} ist nicht im Katalog{did_you_mean}</translation>
    </message>
    <message>
        <source>{value} is not a size of {listing}; valid: {labels}</source>
        <translation>{value} ist keine Größe von {listing}; gültig: {labels}</translation>
    </message>
    <message>
        <source>{returned} returned of {sold} sold; no more can come back than were sold</source>
        <translation>{returned} retourniert bei {sold} verkauft; zurückkommen kann höchstens die verkaufte Menge</translation>
    </message>
    <message>
        <source>no order lines under the header</source>
        <translation>keine Bestellpositionen unter der Kopfzeile</translation>
    </message>
    <message>
        <source>empty; every line needs its order</source>
        <translation>leer; jede Position braucht ihre Bestellung</translation>
    </message>
    <message>
        <source>unknown orders layout {layout}; valid: {layouts}</source>
        <translation>unbekannter Aufbau der Bestelldatei {layout}; gültig: {layouts}</translation>
    </message>
    <message>
        <source>the columns are not Sizer&apos;s, Shopify&apos;s or Amazon&apos;s: map them once (sizer returns analyse --map FIELD=COLUMN ..., or the column dialog in the app) with FIELD one of {fields}; required: {required}. The file&apos;s columns: {columns}</source>
        <translation>Die Spalten stammen nicht von Sizer, Shopify oder Amazon: Ordnen Sie sie einmal zu (sizer returns analyse --map FIELD=COLUMN ... oder der Spaltendialog in der App), wobei FIELD eines von {fields} ist; erforderlich: {required}. Die Spalten der Datei: {columns}</translation>
    </message>
    <message>
        <source>unknown column{did_you_mean}; valid: {fields} (another layout: give a column mapping)</source>
        <translation>unbekannte Spalte{did_you_mean}; gültig: {fields} (anderer Aufbau: Geben Sie eine Spaltenzuordnung an)</translation>
    </message>
    <message>
        <source>required column missing; an orders file needs {fields}</source>
        <translation>Eine erforderliche Spalte fehlt; eine Bestelldatei braucht {fields}</translation>
    </message>
    <message>
        <source>the mapping takes {field} from column {column}, which the file does not have; its columns: {columns}</source>
        <translation>Die Zuordnung nimmt {field} aus der Spalte {column}, die die Datei nicht hat; ihre Spalten: {columns}</translation>
    </message>
    <message>
        <source>{what} matches no listing and size of the catalogue; SKUs are read as &lt;listing_id&gt;-&lt;size&gt; (or with _ / . space or nothing between){names_hint}</source>
        <translation>{what} passt zu keinem Artikel und keiner Größe des Katalogs; SKUs werden als &lt;listing_id&gt;-&lt;size&gt; gelesen (oder mit _ / . Leerzeichen oder nichts dazwischen){names_hint}</translation>
    </message>
    <message>
        <source>, item names as &apos;&lt;title&gt; - &lt;size&gt;&apos; (or &apos;&lt;title&gt; - &lt;size&gt; / &lt;colour&gt;&apos;)</source>
        <translation>, Positionsnamen als &apos;&lt;title&gt; - &lt;size&gt;&apos; (oder &apos;&lt;title&gt; - &lt;size&gt; / &lt;colour&gt;&apos;)</translation>
    </message>
    <message>
        <source>SKU {sku}</source>
        <translation>SKU {sku}</translation>
    </message>
    <message>
        <source>an empty SKU</source>
        <translation>Eine leere SKU</translation>
    </message>
    <message>
        <source>{what} (item {name})</source>
        <translation>{what} (Position {name})</translation>
    </message>
    <message>
        <source>required column of {what} missing (looked for {names})</source>
        <translation>Eine erforderliche Spalte für {what} fehlt (gesucht: {names})</translation>
    </message>
    <message>
        <source>unknown orders field {field}{did_you_mean}
valid fields: {fields}</source>
        <translation>unbekanntes Bestellfeld {field}{did_you_mean}
Gültige Felder: {fields}</translation>
    </message>
    <message>
        <source>; did you mean {suggestions}?</source>
        <translation>; meinten Sie {suggestions}?</translation>
    </message>
    <message>
        <source>--map {pair}: expected FIELD=COLUMN, e.g. size_label=Size</source>
        <translation>--map {pair}: erwartet wird FIELD=COLUMN, z. B. size_label=Size</translation>
    </message>
    <message>
        <source>cannot read the remembered column mappings: {detail}; delete the file to start afresh</source>
        <translation>Die gespeicherten Spaltenzuordnungen können nicht gelesen werden: {detail}; löschen Sie die Datei, um neu zu beginnen</translation>
    </message>
    <message>
        <source>open an orders file first</source>
        <translation>Öffnen Sie zuerst eine Bestelldatei</translation>
    </message>
    <message>
        <source>nothing to correct: no flagged size is selected</source>
        <translation>nichts zu korrigieren: Es ist keine markierte Größe ausgewählt</translation>
    </message>
    <message>
        <source>the bundled sample catalogue is never overwritten: choose where to save the corrected one</source>
        <translation>Der mitgelieferte Beispielkatalog wird nie überschrieben: Wählen Sie, wo der korrigierte Katalog gespeichert werden soll</translation>
    </message>
    <message>
        <source>no correction to undo</source>
        <translation>keine Korrektur zum Rückgängigmachen</translation>
    </message>
    <message>
        <source>a Shopify orders export</source>
        <translation>einen Shopify-Bestellexport</translation>
    </message>
    <message>
        <source>a Shopify returns file</source>
        <translation>eine Shopify-Retourendatei</translation>
    </message>
    <message>
        <source>an Amazon All Orders report</source>
        <translation>einen Amazon-Bericht „All Orders“</translation>
    </message>
    <message>
        <source>an Amazon customer returns report</source>
        <translation>einen Amazon-Bericht über Kundenretouren</translation>
    </message>
    <message>
        <source>no line of order {order} with SKU {sku} in the orders file</source>
        <translation>keine Position der Bestellung {order} mit der SKU {sku} in der Bestelldatei</translation>
    </message>
    <message>
        <source>{value} is not a whole number of at least 1</source>
        <translation>{value} ist keine ganze Zahl von mindestens 1</translation>
    </message>
    <message>
        <source>column {column}: unknown target {target}; valid: {targets}, option&lt;n&gt;_name/_value, or a measurement (&lt;dimension&gt;_min, _max, _range, garment_&lt;dimension&gt;, add _in for inches)</source>
        <translation>Spalte {column}: unbekanntes Ziel {target}; gültig: {targets}, option&lt;n&gt;_name/_value oder ein Maß (&lt;dimension&gt;_min, _max, _range, garment_&lt;dimension&gt;, mit _in für Zoll)</translation>
    </message>
    <message>
        <source>constant {name}: only {fields} can be set for every row</source>
        <translation>Konstante {name}: Nur {fields} können für alle Zeilen festgelegt werden</translation>
    </message>
    <message>
        <source>no column is the listing id (e.g. Handle, parent_sku, 款号); choose one</source>
        <translation>Keine Spalte ist die Artikel-ID (z. B. Handle, parent_sku, 款号); wählen Sie eine</translation>
    </message>
    <message>
        <source>no column is the title (e.g. Title, item_name, 商品名称); choose one</source>
        <translation>Keine Spalte ist der Titel (z. B. Title, item_name, 商品名称); wählen Sie eine</translation>
    </message>
    <message>
        <source>no column is the size (e.g. Size, Option1 Value, size_name, 尺码); choose one</source>
        <translation>Keine Spalte ist die Größe (z. B. Size, Option1 Value, size_name, 尺码); wählen Sie eine</translation>
    </message>
    <message>
        <source>no category: choose the column that holds it, or one category for every row</source>
        <translation>keine Kategorie: Wählen Sie die Spalte, die sie enthält, oder eine Kategorie für alle Zeilen</translation>
    </message>
    <message>
        <source> (SKUs {skus})</source>
        <translation> (SKUs {skus})</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>dimension</source>
        <translation>Maß</translation>
    </message>
    <message>
        <source>dimensions</source>
        <translation>Maße</translation>
    </message>
    <message>
        <source>listing</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>listings</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>fit</source>
        <translation>Passform</translation>
    </message>
    <message>
        <source>stretch</source>
        <translation>Dehnbarkeit</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>%1 size systems</source>
        <translation>Größensysteme von %1</translation>
    </message>
    <message>
        <source>%1 size system</source>
        <translation>Größensystem von %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a code a file holds, then its name</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>header</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>field %1</source>
        <translation>Feld %1</translation>
    </message>
    <message>
        <source>{owner} has no {kind} {value}; its {kinds}: {choices}</source>
        <translation>{owner} hat kein(e) {kind} {value}; seine {kinds}: {choices}</translation>
    </message>
    <message>
        <source>{value} {unit} is not a plausible {dimension}; expected {expected}{hint}</source>
        <translation>{value} {unit} ist kein plausibler Wert für {dimension}; erwartet: {expected}{hint}</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>Zeile {line}, Spalte {column}</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source> (1 valid row; accept it with --accept-valid-rows)</source>
        <translation> (1 gültige Zeile; übernehmen Sie sie mit --accept-valid-rows)</translation>
    </message>
    <message>
        <source>unknown people file format {suffix}; valid: {valid}</source>
        <translation>unbekanntes Format der Personendatei {suffix}; gültig: {valid}</translation>
    </message>
    <message>
        <source>not UTF-8 text (at byte {at}); save it as CSV UTF-8 (Excel: Save as, CSV UTF-8)</source>
        <translation>kein UTF-8-Text (bei Byte {at}); speichern Sie die Datei als CSV UTF-8 (Excel: Speichern unter, CSV UTF-8)</translation>
    </message>
    <message>
        <source>empty; expected a header row with an id column and measurement columns</source>
        <translation>leer; erwartet wird eine Kopfzeile mit einer ID-Spalte und Maßspalten</translation>
    </message>
    <message>
        <source>no people under the header</source>
        <translation>keine Personen unter der Kopfzeile</translation>
    </message>
    <message>
        <source>no id column; name one of {names}</source>
        <translation>keine ID-Spalte; nennen Sie sie {names}</translation>
    </message>
    <message>
        <source>unknown column{did_you_mean}; valid: an id column ({ids}), a measurement named after its dimension (chest_girth in cm, chest_girth_in in inches), &lt;dimension&gt;_uncertainty in cm, fit_preference, segment</source>
        <translation>unbekannte Spalte{did_you_mean}; gültig: eine ID-Spalte ({ids}), ein Maß mit dem Namen seiner Dimension (chest_girth in cm, chest_girth_in in Zoll), &lt;dimension&gt;_uncertainty in cm, fit_preference, segment</translation>
    </message>
    <message>
        <source>no measurement columns; name them after the dimensions: {dimensions}</source>
        <translation>keine Maßspalten; benennen Sie sie nach den Maßen: {dimensions}</translation>
    </message>
    <message>
        <source>empty; every person needs an id</source>
        <translation>leer; jede Person braucht eine ID</translation>
    </message>
    <message>
        <source>{person} is already on {where}; every person once</source>
        <translation>{person} steht bereits in {where}; jede Person nur einmal</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>Zeile {line}</translation>
    </message>
    <message>
        <source>person {person} has no measurements; give at least one</source>
        <translation>Person {person} hat keine Maße; geben Sie mindestens eines an</translation>
    </message>
    <message>
        <source>{slip} the column is in cm: {value}</source>
        <translation>{slip} die Spalte ist in cm: {value}</translation>
    </message>
    <message>
        <source>{slip} then name the column {column}</source>
        <translation>{slip} dann nennen Sie die Spalte {column}</translation>
    </message>
    <message>
        <source>not valid JSON (at column {column}); a line holds one person, e.g. {&quot;id&quot;: 17, &quot;measurements_cm&quot;: {&quot;chest_girth&quot;: 96}}</source>
        <translation>kein gültiges JSON (bei Spalte {column}); jede Zeile enthält eine Person, z. B. {&quot;id&quot;: 17, &quot;measurements_cm&quot;: {&quot;chest_girth&quot;: 96}}</translation>
    </message>
    <message>
        <source>not a person: a line holds one JSON object, e.g. {&quot;id&quot;: 17, &quot;measurements_cm&quot;: {&quot;chest_girth&quot;: 96}}</source>
        <translation>keine Person: jede Zeile enthält ein JSON-Objekt, z. B. {&quot;id&quot;: 17, &quot;measurements_cm&quot;: {&quot;chest_girth&quot;: 96}}</translation>
    </message>
    <message>
        <source>every person needs an id, e.g. &quot;id&quot;: 17</source>
        <translation>jede Person braucht eine ID, z. B. &quot;id&quot;: 17</translation>
    </message>
    <message>
        <source>{owner} has no {kind} {value}
its {kinds}: {choices}</source>
        <translation>{owner} hat kein(e) {kind} {value}
seine {kinds}: {choices}</translation>
    </message>
    <message>
        <source>size type</source>
        <translation>Größentyp</translation>
    </message>
    <message>
        <source>size types</source>
        <translation>Größentypen</translation>
    </message>
    <message>
        <source>size system</source>
        <translation>Größensystem</translation>
    </message>
    <message>
        <source>size systems</source>
        <translation>Größensysteme</translation>
    </message>
    <message>
        <source>the {channel} file is not written: two sizes of one listing would be the same variant there ({details}); give each size its own label in the catalogue, then export again</source>
        <translation>die {channel}-Datei wurde nicht geschrieben: Zwei Größen eines Artikels wären dort dieselbe Variante ({details}); geben Sie jeder Größe im Katalog eine eigene Bezeichnung und exportieren Sie erneut</translation>
    </message>
    <message>
        <source>; {value} looks like half a girth, measured across the garment laid flat: give the whole girth ({doubled} cm), or import the chart with Brand chart…, which doubles laid-flat widths</source>
        <translation>; {value} sieht nach einem halben Umfang aus, flach liegend gemessen: Geben Sie den ganzen Umfang an ({doubled} cm) oder importieren Sie die Tabelle mit Markentabelle…, die flach gemessene Breiten verdoppelt</translation>
    </message>
    <message>
        <source>rows {rows}</source>
        <translation>Zeilen {rows}</translation>
    </message>
    <message>
        <source>rows {rows} and {more} more</source>
        <translation>Zeilen {rows} und {more} weitere</translation>
    </message>
    <message>
        <source>{path} is your own file, imported through a column mapping: saving over it would replace its columns with Sizer&apos;s. Choose a new file name.</source>
        <translation>{path} ist Ihre eigene Datei, über eine Spaltenzuordnung importiert: Überschreiben würde ihre Spalten durch die von Sizer ersetzen. Wählen Sie einen neuen Dateinamen.</translation>
    </message>
    <message>
        <source>{path} is the workbook this catalogue was read from, and it has other sheets: saving over it would delete them. Choose a new file name.</source>
        <translation>{path} ist die Arbeitsmappe, aus der dieser Katalog gelesen wurde, und sie hat weitere Blätter: Überschreiben würde sie löschen. Wählen Sie einen neuen Dateinamen.</translation>
    </message>
    <message>
        <source>{path} is the file this catalogue was imported from, and the rows with problems were left out: saving over it would delete them. Choose a new file name (fix the rows in the original and open it again to import them too).</source>
        <translation>{path} ist die Datei, aus der dieser Katalog importiert wurde, ohne die fehlerhaften Zeilen: Überschreiben würde sie löschen. Wählen Sie einen neuen Dateinamen (korrigieren Sie die Zeilen im Original und öffnen Sie es erneut, um sie mit zu importieren).</translation>
    </message>
    <message>
        <source>{field} for every row: Sizer does not know {value}; valid: {valid}</source>
        <translation>{field} für alle Zeilen: Sizer kennt {value} nicht; gültig: {valid}</translation>
    </message>
    <message>
        <source>size system {system} for every row: the charts of {categories} have no labels in it; choose another, or leave it empty for the brand&apos;s own labels</source>
        <translation>Größensystem {system} für alle Zeilen: Die Tabellen von {categories} haben darin keine Größen; wählen Sie ein anderes oder lassen Sie das Feld leer für die eigenen Größen der Marke</translation>
    </message>
    <message>
        <source>category {text}: Sizer does not know {value}; choose a Sizer category or not sized</source>
        <translation>Kategorie {text}: Sizer kennt {value} nicht; wählen Sie eine Sizer-Kategorie oder „ohne Größen“</translation>
    </message>
    <message>
        <source>Category (every row)</source>
        <translation>Kategorie (alle Zeilen)</translation>
    </message>
    <message>
        <source>Size system (every row)</source>
        <translation>Größensystem (alle Zeilen)</translation>
    </message>
    <message>
        <source>Fit (every row)</source>
        <translation>Passform (alle Zeilen)</translation>
    </message>
    <message>
        <source>Stretch (every row)</source>
        <translation>Dehnbarkeit (alle Zeilen)</translation>
    </message>
    <message>
        <source>{listing}: sizes {sizes}{rows} would all be {value}</source>
        <translation>{listing}: die Größen {sizes}{rows} wären alle {value}</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <translation>{first}; {second}</translation>
    </message>
    <message>
        <source>the brand&apos;s own labels</source>
        <translation>die eigenen Bezeichnungen der Marke</translation>
    </message>
    <message>
        <source>size {sizes} has no {system} equivalent in the {category} chart</source>
        <translation>Größe {sizes} hat in der Tabelle {category} keine Entsprechung in {system}</translation>
    </message>
    <message>
        <source>sizes {sizes} have no {system} equivalent in the {category} chart</source>
        <translation>die Größen {sizes} haben in der Tabelle {category} keine Entsprechung in {system}</translation>
    </message>
    <message>
        <source>sizes {sizes} would all be {system} {label}</source>
        <translation>die Größen {sizes} wären alle {system} {label}</translation>
    </message>
    <message>
        <source>{listing}: sizes {first} and {second} are both {label} with the same ranges: one row</source>
        <translation>{listing}: die Größen {first} und {second} sind beide {label} mit denselben Bereichen: eine Zeile</translation>
    </message>
    <message>
        <source>{listing}: Amazon keeps one size chart per brand, department and product type, but this listing&apos;s size table differs from {listings} ({why}); it is written as a chart of its own ({chart}): upload the chart that fits your listings, or give them one size table</source>
        <translation>{listing}: Amazon führt eine Größentabelle je Marke, Abteilung und Produkttyp, aber die Größentabelle dieses Artikels weicht von {listings} ab ({why}); sie wird als eigene Tabelle geschrieben ({chart}): Laden Sie die Tabelle hoch, die zu Ihren Artikeln passt, oder geben Sie ihnen eine gemeinsame Größentabelle</translation>
    </message>
    <message>
        <source>its sizes are in {system}, the chart&apos;s in {chart_system}</source>
        <translation>seine Größen sind in {system}, die der Tabelle in {chart_system}</translation>
    </message>
    <message>
        <source>size {label}: {dimension} {low}–{high} cm in {listing}, {other_low}–{other_high} cm in {other}</source>
        <translation>Größe {label}: {dimension} {low}–{high} cm in {listing}, {other_low}–{other_high} cm in {other}</translation>
    </message>
    <message>
        <source>together, size {label} of {listing} ({dimension} from {low} cm) and size {other_label} of {other} (from {other_low} cm) would be out of order</source>
        <translation>zusammen wären Größe {label} von {listing} ({dimension} ab {low} cm) und Größe {other_label} von {other} (ab {other_low} cm) in falscher Reihenfolge</translation>
    </message>
    <message>
        <source>their sizes overlap</source>
        <translation>ihre Größen überschneiden sich</translation>
    </message>
    <message>
        <source>size-chart picture of {listing} ({width} x {height} px) written to {path}</source>
        <translation>Größentabellenbild von {listing} ({width} x {height} px) nach {path} geschrieben</translation>
    </message>
    <message>
        <source>{value} (listing {listing}) is Amazon&apos;s code for a size system, and which system it stands for is not published; write the system itself ({valid}) in this column, or set it for every row in the mapping (--constant size_system=US)</source>
        <translation>{value} (Artikel {listing}) ist Amazons Code für ein Größensystem, und welches System er bezeichnet, ist nicht veröffentlicht; stattdessen das System selbst ({valid}) in diese Spalte schreiben oder es in der Zuordnung für alle Zeilen festlegen (--constant size_system=US)</translation>
    </message>
    <message>
        <source>sizes {labels} of listing {listing} ({rows}) name one size: imported as one size, {label}, keeping every SKU</source>
        <translation>die Größen {labels} des Artikels {listing} ({rows}) bezeichnen eine Größe: als eine Größe importiert, {label}, mit allen SKUs</translation>
    </message>
    <message>
        <source>sizes {labels} of listing {listing} ({rows}) name one size but give different measurements; give them the same measurements, or write each as a size of its own</source>
        <translation>die Größen {labels} des Artikels {listing} ({rows}) bezeichnen eine Größe, haben aber verschiedene Maße; ihnen dieselben Maße geben oder jede als eigene Größe schreiben</translation>
    </message>
    <message>
        <source>%1 %2 labels</source>
        <translation>%2-Größen von %1</translation>
    </message>
    <message>
        <source>%1 %2 label</source>
        <translation>%2-Größe von %1</translation>
    </message>
    <message>
        <source>none of the chart&apos;s sizes ({chart}) is a size the listing sells ({listing}); to give the listing the chart&apos;s sizes instead, add the chart&apos;s sizes and remove the listing&apos;s</source>
        <translation>keine Größe der Tabelle ({chart}) ist eine Größe, die der Artikel führt ({listing}); um dem Artikel stattdessen die Größen der Tabelle zu geben, die Größen der Tabelle hinzufügen und die des Artikels entfernen</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Laufwerk</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Ordner</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Suchen in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Dateien des &amp;Typs:</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Page &amp;Set:</source>
        <translation>Seiten-&amp;Satz:</translation>
    </message>
</context>
<context>
    <name>ResultsScreen</name>
    <message>
        <source>Your sizes</source>
        <translation>Ihre Größen</translation>
    </message>
    <message>
        <source>Your measurements</source>
        <translation>Ihre Maße</translation>
    </message>
    <message>
        <source>Products on display</source>
        <translation>Ausgestellte Produkte</translation>
    </message>
    <message>
        <source>Scan with your phone to keep your sizes</source>
        <translation>Scannen Sie mit dem Handy, um Ihre Größen mitzunehmen</translation>
    </message>
    <message>
        <source>Print my sizes</source>
        <translation>Meine Größen drucken</translation>
    </message>
    <message>
        <source>Done – start over</source>
        <translation>Fertig – neu beginnen</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← Zurück</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Weiter →</translation>
    </message>
    <message>
        <source>Products %1 of %2</source>
        <translation>Produkte %1 von %2</translation>
    </message>
</context>
<context>
    <name>ReturnsChart</name>
    <message>
        <source>Too small</source>
        <translation>Zu klein</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>Zu groß</translation>
    </message>
    <message>
        <source>Other reasons</source>
        <translation>Andere Gründe</translation>
    </message>
    <message>
        <source>Returned (% of orders)</source>
        <translation>Retourniert (% der Bestellungen)</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <source>Open &amp;orders…</source>
        <translation>&amp;Bestellungen öffnen…</translation>
    </message>
    <message>
        <source>&amp;Catalogue…</source>
        <translation>&amp;Katalog…</translation>
    </message>
    <message>
        <source>&amp;Apply this correction</source>
        <translation>Diese Korrektur &amp;anwenden</translation>
    </message>
    <message>
        <source>&amp;Undo correction</source>
        <translation>Korrektur &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Bericht e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Offset (cm)</source>
        <translation>Versatz (cm)</translation>
    </message>
    <message>
        <source>Too small</source>
        <translation>Zu klein</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>Zu groß</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Retouren</translation>
    </message>
    <message>
        <source>Catalogue to check</source>
        <translation>Zu prüfender Katalog</translation>
    </message>
    <message>
        <source>Catalogues %1;;All files (*)</source>
        <translation>Kataloge %1;;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open an orders file</source>
        <translation>Bestelldatei öffnen</translation>
    </message>
    <message>
        <source>Orders %1;;All files (*)</source>
        <translation>Bestellungen %1;;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The orders could not be imported; nothing was changed.</source>
        <translation>Die Bestellungen konnten nicht importiert werden; es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Analysed %Ln order line(s); rows left out for problems: %1.</source>
        <translation>
            <numerusform>%Ln Bestellposition analysiert; wegen Problemen ausgelassene Zeilen: %1.</numerusform>
            <numerusform>%Ln Bestellpositionen analysiert; wegen Problemen ausgelassene Zeilen: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Analysed %Ln order line(s).</source>
        <translation>
            <numerusform>%Ln Bestellposition analysiert.</numerusform>
            <numerusform>%Ln Bestellpositionen analysiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) in the orders; nothing was imported. Analyse the other rows and leave the rows with problems out?</source>
        <translation>
            <numerusform>%Ln Problem in den Bestellungen; es wurde nichts importiert. Die übrigen Zeilen analysieren und die Zeile mit dem Problem auslassen?</numerusform>
            <numerusform>%Ln Probleme in den Bestellungen; es wurde nichts importiert. Die übrigen Zeilen analysieren und die Zeilen mit Problemen auslassen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Order lines: %1 · units: %2 · returned: %3 (too small: %4, too large: %5, other: %6). Sizes running small: %7, running large: %8, true to size: %9, not enough data yet: %10.</source>
        <translation>Bestellpositionen: %1 · Stück: %2 · retourniert: %3 (zu klein: %4, zu groß: %5, sonstige: %6). Größen, die klein ausfallen: %7, groß ausfallen: %8, größengerecht: %9, noch zu wenig Daten: %10.</translation>
    </message>
    <message numerus="yes">
        <source>Bought in the size Sizer recommended: %Ln unit(s), %1% kept.</source>
        <translation>
            <numerusform>In der von Sizer empfohlenen Größe gekauft: %Ln Stück, %1% behalten.</numerusform>
            <numerusform>In der von Sizer empfohlenen Größe gekauft: %Ln Stück, %1% behalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sizer&apos;s advice was followed on %Ln unit(s); %1% of them were kept.</source>
        <translation>
            <numerusform>Der Rat von Sizer wurde bei %Ln Stück befolgt; %1% davon wurden behalten.</numerusform>
            <numerusform>Der Rat von Sizer wurde bei %Ln Stück befolgt; %1% davon wurden behalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of %Ln order(s), %1 came back too small (%2%), %3 too large (%4%) and %5 for other reasons.</source>
        <translation>
            <numerusform>Von %Ln Bestellung kamen %1 als zu klein zurück (%2%), %3 als zu groß (%4%) und %5 aus anderen Gründen.</numerusform>
            <numerusform>Von %Ln Bestellungen kamen %1 als zu klein zurück (%2%), %3 als zu groß (%4%) und %5 aus anderen Gründen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more were bought together with another size (bracketing) and are counted apart.</source>
        <translation>
            <numerusform>%Ln weiterer wurde zusammen mit einer anderen Größe gekauft (Auswahlbestellung) und wird getrennt gezählt.</numerusform>
            <numerusform>Weitere %Ln wurden zusammen mit einer anderen Größe gekauft (Auswahlbestellung) und werden getrennt gezählt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not enough data yet for size %1: about %Ln more order(s) would settle it.</source>
        <translation>
            <numerusform>Noch zu wenig Daten für Größe %1: %Ln weitere Bestellung würde es klären.</numerusform>
            <numerusform>Noch zu wenig Daten für Größe %1: Etwa %Ln weitere Bestellungen würden es klären.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) written to %1; Undo puts the catalogue back.</source>
        <translation>
            <numerusform>%Ln Änderung in %1 geschrieben; „Rückgängig“ stellt den Katalog wieder her.</numerusform>
            <numerusform>%Ln Änderungen in %1 geschrieben; „Rückgängig“ stellt den Katalog wieder her.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shopify returns (optional)</source>
        <translation>Shopify-Retouren (optional)</translation>
    </message>
    <message>
        <source>Amazon FBA customer returns report (optional)</source>
        <translation>Amazon-FBA-Bericht über Kundenretouren (optional)</translation>
    </message>
    <message>
        <source>Returns %1;;All files (*)</source>
        <translation>Retouren %1;;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>the bundled sample catalogue</source>
        <translation>der mitgelieferte Beispielkatalog</translation>
    </message>
    <message>
        <source>Open an orders file (Sizer&apos;s columns, a Shopify or Amazon export, or any CSV/XLSX with a column mapping) to find the sizes whose returns say the chart is wrong.</source>
        <translation>Öffnen Sie eine Bestelldatei (mit den Spalten von Sizer, ein Shopify- oder Amazon-Export oder eine beliebige CSV/XLSX mit Spaltenzuordnung), um die Größen zu finden, deren Retouren zeigen, dass die Tabelle nicht stimmt.</translation>
    </message>
    <message>
        <source>Catalogue: %1</source>
        <translation>Katalog: %1</translation>
    </message>
    <message>
        <source>Other sizes: %1% kept.</source>
        <translation>Andere Größen: %1% behalten.</translation>
    </message>
    <message>
        <source>Catalogue: %1 · Orders: %2</source>
        <translation>Katalog: %1 · Bestellungen: %2</translation>
    </message>
    <message>
        <source>whole listing runs small</source>
        <translation>ganzer Artikel fällt klein aus</translation>
    </message>
    <message>
        <source>whole listing runs large</source>
        <translation>ganzer Artikel fällt groß aus</translation>
    </message>
    <message>
        <source>sizes flagged: %1</source>
        <translation>markierte Größen: %1</translation>
    </message>
    <message>
        <source>runs small</source>
        <translation>fällt klein aus</translation>
    </message>
    <message>
        <source>runs large</source>
        <translation>fällt groß aus</translation>
    </message>
    <message>
        <source>true to size</source>
        <translation>größengerecht</translation>
    </message>
    <message>
        <source>not enough data</source>
        <translation>zu wenig Daten</translation>
    </message>
    <message>
        <source>The whole listing runs small: every size fits bodies about %1 cm smaller than its chart says.</source>
        <translation>Der ganze Artikel fällt klein aus: Jede Größe passt Körpern, die etwa %1 cm kleiner sind, als die Tabelle angibt.</translation>
    </message>
    <message>
        <source>The whole listing runs large: every size fits bodies about %1 cm larger than its chart says.</source>
        <translation>Der ganze Artikel fällt groß aus: Jede Größe passt Körpern, die etwa %1 cm größer sind, als die Tabelle angibt.</translation>
    </message>
    <message>
        <source>Proposed body ranges (cm):</source>
        <translation>Vorgeschlagene Körperbereiche (cm):</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Maß</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Size %1 runs small (probability %2%): it fits bodies about %3 cm smaller than its chart says. The correction moves its ranges down by that.</source>
        <translation>Größe %1 fällt klein aus (Wahrscheinlichkeit %2%): Sie passt Körpern, die etwa %3 cm kleiner sind, als die Tabelle angibt. Die Korrektur verschiebt ihre Bereiche um diesen Betrag nach unten.</translation>
    </message>
    <message>
        <source>Size %1 runs large (probability %2%): it fits bodies about %3 cm larger than its chart says. The correction moves its ranges up by that.</source>
        <translation>Größe %1 fällt groß aus (Wahrscheinlichkeit %2%): Sie passt Körpern, die etwa %3 cm größer sind, als die Tabelle angibt. Die Korrektur verschiebt ihre Bereiche um diesen Betrag nach oben.</translation>
    </message>
    <message>
        <source>Size %1 is true to size (probability %2%).</source>
        <translation>Größe %1 ist größengerecht (Wahrscheinlichkeit %2%).</translation>
    </message>
    <message>
        <source>The catalogue has changes that are not saved: save or discard them on the Catalogue page first.</source>
        <translation>Der Katalog enthält nicht gespeicherte Änderungen: Speichern oder verwerfen Sie sie zuerst auf der Seite „Katalog“.</translation>
    </message>
    <message>
        <source>The correction of %1 was undone.</source>
        <translation>Die Korrektur von %1 wurde rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Save the corrected catalogue</source>
        <translation>Korrigierten Katalog speichern</translation>
    </message>
    <message>
        <source>Catalogues (*.csv *.xlsx)</source>
        <translation>Kataloge (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Export the returns report</source>
        <translation>Retourenbericht exportieren</translation>
    </message>
    <message>
        <source>Report (*.html);;PDF (*.pdf);;CSV (*.csv);;Excel (*.xlsx)</source>
        <translation>Bericht (*.html);;PDF (*.pdf);;CSV (*.csv);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose a report name ending in .html, .pdf, .csv or .xlsx.</source>
        <translation>Wählen Sie einen Berichtsnamen, der auf .html, .pdf, .csv oder .xlsx endet.</translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation>Der Bericht konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Bericht in %1 geschrieben.</translation>
    </message>
    <message>
        <source>Orders with problems</source>
        <translation>Bestellungen mit Problemen</translation>
    </message>
</context>
<context>
    <name>SegmentChoice</name>
    <message>
        <source>Women</source>
        <translation>Damen</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Herren</translation>
    </message>
    <message>
        <source>Kids</source>
        <translation>Kinder</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Centimetres (cm)</source>
        <translation>Zentimeter (cm)</translation>
    </message>
    <message>
        <source>Inches, decimal (in)</source>
        <translation>Zoll, dezimal (in)</translation>
    </message>
    <message>
        <source>Inches, fractions (⅛ in)</source>
        <translation>Zoll, Brüche (⅛ in)</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Start in &amp;kiosk mode next time</source>
        <translation>Beim nächsten Start im &amp;Kioskmodus öffnen</translation>
    </message>
    <message>
        <source>Sizer then opens full screen for shoppers. Only the admin PIN leaves kiosk mode (tap the top-left corner five times, or press Ctrl+Alt+Shift+K).</source>
        <translation>Sizer öffnet sich dann im Vollbild für Kunden. Nur die Admin-PIN beendet den Kioskmodus (tippen Sie fünfmal auf die linke obere Ecke oder drücken Sie Strg+Alt+Umschalt+K).</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Einheiten:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>Size &amp;systems shown by default:</source>
        <translation>Standardmäßig angezeigte &amp;Größensysteme:</translation>
    </message>
    <message>
        <source>Settings are stored in %1</source>
        <translation>Einstellungen werden gespeichert in %1</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>%1 to %2 digits. A PIN this short is not strong by itself: the kiosk makes each wrong try wait longer and locks the keypad for 30 minutes after %3 in a row. Kiosk mode does not start until a PIN is set.</source>
        <translation>%1 bis %2 Ziffern. Eine so kurze PIN ist für sich allein nicht sicher: Der Kiosk lässt nach jedem Fehlversuch länger warten und sperrt die Tastatur nach %3 Fehlversuchen in Folge für 30 Minuten. Der Kioskmodus startet erst, wenn eine PIN festgelegt ist.</translation>
    </message>
    <message>
        <source>Kiosk admin &amp;PIN:</source>
        <translation>Admin-&amp;PIN des Kiosks:</translation>
    </message>
    <message>
        <source>The PIN &amp;again:</source>
        <translation>PIN &amp;wiederholen:</translation>
    </message>
    <message>
        <source>The kiosk PIN must be %1 to %2 digits.</source>
        <translation>Die Kiosk-PIN muss %1 bis %2 Ziffern haben.</translation>
    </message>
    <message>
        <source>The two kiosk PINs differ.</source>
        <translation>Die beiden Kiosk-PINs stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Set a kiosk admin PIN first: kiosk mode does not start without one.</source>
        <translation>Legen Sie zuerst eine Admin-PIN für den Kiosk fest: Ohne sie startet der Kioskmodus nicht.</translation>
    </message>
    <message>
        <source>Default &amp;camera:</source>
        <translation>&amp;Standardkamera:</translation>
    </message>
</context>
<context>
    <name>SizeGuideDialog</name>
    <message>
        <source>Web page snippet (desktop, with pictures)</source>
        <translation>Webseiten-Ausschnitt (Desktop, mit Bildern)</translation>
    </message>
    <message>
        <source>Web page snippet for phones</source>
        <translation>Webseiten-Ausschnitt für Smartphones</translation>
    </message>
    <message>
        <source>Whole web page for phones</source>
        <translation>Ganze Webseite für Smartphones</translation>
    </message>
    <message>
        <source>Plain HTML for marketplaces that strip styles (Amazon)</source>
        <translation>Einfaches HTML für Marktplätze, die Stile entfernen (Amazon)</translation>
    </message>
    <message>
        <source>PDF to print</source>
        <translation>PDF zum Drucken</translation>
    </message>
    <message>
        <source>Picture with the measuring guides (PNG)</source>
        <translation>Bild mit den Messanleitungen (PNG)</translation>
    </message>
    <message>
        <source>Listing gallery picture (JPEG)</source>
        <translation>Bild für die Artikelgalerie (JPEG)</translation>
    </message>
    <message>
        <source>Listing gallery picture (PNG)</source>
        <translation>Bild für die Artikelgalerie (PNG)</translation>
    </message>
    <message>
        <source>Size guide of %1</source>
        <translation>Größenratgeber für %1</translation>
    </message>
    <message>
        <source>Centimetres</source>
        <translation>Zentimeter</translation>
    </message>
    <message>
        <source>Inches</source>
        <translation>Zoll</translation>
    </message>
    <message>
        <source>Both, side by side</source>
        <translation>Beides, nebeneinander</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Also show the labels of:</source>
        <translation>Auch die Größen anzeigen von:</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Einheiten:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Paper (PDF):</source>
        <translation>&amp;Papier (PDF):</translation>
    </message>
    <message>
        <source>Picture &amp;size:</source>
        <translation>&amp;Bildgröße:</translation>
    </message>
    <message>
        <source>The body measurement that decides the size comes first. Letter is proposed for listings sized in US sizes, A4 for the others.</source>
        <translation>Das Körpermaß, das über die Größe entscheidet, steht an erster Stelle. Für Artikel in US-Größen wird Letter vorgeschlagen, für die übrigen A4.</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
</context>
<context>
    <name>SizesModel</name>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>%1 min (%2)</source>
        <translation>%1 min. (%2)</translation>
    </message>
    <message>
        <source>%1 max (%2)</source>
        <translation>%1 max. (%2)</translation>
    </message>
    <message>
        <source>body ranges</source>
        <translation>Körperbereiche</translation>
    </message>
    <message>
        <source>garment + ease</source>
        <translation>Kleidungsmaß + Zugabe</translation>
    </message>
    <message>
        <source>standard chart</source>
        <translation>Standardtabelle</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 ist keine Zahl</translation>
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
        <translation>Sizer-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Size charts (Ctrl+1)</source>
        <translation>Größentabellen (Strg+1)</translation>
    </message>
    <message>
        <source>Pick a category and tick the size systems to show under Systems.</source>
        <translation>Wählen Sie eine Kategorie und haken Sie unter „Systeme“ die anzuzeigenden Größensysteme an.</translation>
    </message>
    <message>
        <source>Click a size, or type one under Find a size: its equivalents light up in every system, with the body measurements it stands for.</source>
        <translation>Klicken Sie auf eine Größe oder geben Sie sie unter „Größe finden“ ein: Ihre Entsprechungen werden in jedem System hervorgehoben, mit den Körpermaßen, für die sie steht.</translation>
    </message>
    <message>
        <source>Copy table (Ctrl+C) pastes into a spreadsheet; Export CSV writes the table with minimum and maximum as numbers.</source>
        <translation>„Tabelle kopieren“ (Strg+C) fügt sie in eine Tabellenkalkulation ein; „CSV exportieren“ schreibt die Tabelle mit Minimum und Maximum als Zahlen.</translation>
    </message>
    <message>
        <source>Measuring guides (Ctrl+2)</source>
        <translation>Messanleitungen (Strg+2)</translation>
    </message>
    <message>
        <source>Illustrated steps for every body measurement; print them or save them as PDF. Every “?” beside a measurement opens its guide.</source>
        <translation>Illustrierte Schritte für jedes Körpermaß; drucken Sie sie oder speichern Sie sie als PDF. Jedes „?“ neben einem Maß öffnet dessen Anleitung.</translation>
    </message>
    <message>
        <source>Measure (Ctrl+3)</source>
        <translation>Messen (Strg+3)</translation>
    </message>
    <message>
        <source>Type your height as you know it: 182 cm, 5 ft 11, 5&apos;11&quot; or 71 in. The line under it says what was understood.</source>
        <translation>Geben Sie Ihre Körpergröße so ein, wie Sie sie kennen: 182 cm, 5 ft 11, 5&apos;11&quot; oder 71 in. Die Zeile darunter zeigt, was verstanden wurde.</translation>
    </message>
    <message>
        <source>Start the camera and follow the instructions under the picture, or measure from a video or from two photos (one facing the camera, one from the side).</source>
        <translation>Starten Sie die Kamera und folgen Sie den Anweisungen unter dem Bild, oder messen Sie aus einem Video oder aus zwei Fotos (eines mit dem Gesicht zur Kamera, eines von der Seite).</translation>
    </message>
    <message>
        <source>Each result shows its uncertainty (±). You can correct a value by hand; it is then marked “by hand”. Scrolling over a field never changes it: click it first.</source>
        <translation>Jedes Ergebnis zeigt seine Unsicherheit (±). Sie können einen Wert von Hand korrigieren; er wird dann als „von Hand“ markiert. Das Mausrad ändert ein Feld nie: Klicken Sie es zuerst an.</translation>
    </message>
    <message>
        <source>Save the profile to use it again, here or with the sizer recommend command.</source>
        <translation>Speichern Sie das Profil, um es wiederzuverwenden, hier oder mit dem Befehl sizer recommend.</translation>
    </message>
    <message>
        <source>Catalogue (Ctrl+4)</source>
        <translation>Katalog (Strg+4)</translation>
    </message>
    <message>
        <source>File &gt; Open catalogue reads a CSV or Excel file. Problems are listed by row and column; you may import the valid rows and fix the rest in your file.</source>
        <translation>Datei &gt; Katalog öffnen liest eine CSV- oder Excel-Datei. Probleme werden nach Zeile und Spalte aufgelistet; Sie können die gültigen Zeilen importieren und den Rest in Ihrer Datei korrigieren.</translation>
    </message>
    <message>
        <source>Every listing shows the recommended size for the current profile. Titles and size systems can be edited; File &gt; Save writes the catalogue, Save as writes a copy.</source>
        <translation>Jeder Artikel zeigt die empfohlene Größe für das aktuelle Profil. Titel und Größensysteme lassen sich bearbeiten; Datei &gt; Katalog speichern schreibt den Katalog, Katalog speichern unter schreibt eine Kopie.</translation>
    </message>
    <message>
        <source>File &gt; Export writes the recommendations (CSV, Excel, JSON) or the selected listing&apos;s size guide (HTML, PDF, PNG).</source>
        <translation>Datei &gt; Exportieren schreibt die Empfehlungen (CSV, Excel, JSON) oder den Größenratgeber des ausgewählten Artikels (HTML, PDF, PNG).</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>File &gt; Settings chooses the units, the default size systems, the language and the camera. Errors are shown once, with the path of the log file that has the details (Help &gt; Open the log folder).</source>
        <translation>Datei &gt; Einstellungen wählt die Einheiten, die Standard-Größensysteme, die Sprache und die Kamera. Fehler werden einmal angezeigt, mit dem Pfad der Protokolldatei, die die Details enthält (Hilfe &gt; Protokollordner öffnen).</translation>
    </message>
    <message>
        <source>Size charts that convert between countries, measuring guides, body measurements from a camera, and the right size of every listing.</source>
        <translation>Größentabellen, die zwischen Ländern umrechnen, Messanleitungen, Körpermaße per Kamera und die richtige Größe für jeden Artikel.</translation>
    </message>
</context>
</TS>
