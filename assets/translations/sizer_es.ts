<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AdminScreen</name>
    <message>
        <source>Kiosk settings</source>
        <translation>Ajustes del quiosco</translation>
    </message>
    <message>
        <source>Catalogue file (empty: sample)</source>
        <translation>Archivo de catálogo (vacío: ejemplo)</translation>
    </message>
    <message>
        <source>Products on display (none ticked: all)</source>
        <translation>Productos expuestos (ninguno marcado: todos)</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Start over after idle (s)</source>
        <translation>Volver a empezar tras inactividad (s)</translation>
    </message>
    <message>
        <source>QR link template (empty: plain text)</source>
        <translation>Plantilla de enlace QR (vacía: texto sin formato)</translation>
    </message>
    <message>
        <source>Camera (number, or a video for a demo)</source>
        <translation>Cámara (número, o un vídeo para una demostración)</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Impresora</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Cargar</translation>
    </message>
    <message>
        <source>Save and return</source>
        <translation>Guardar y volver</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>Cambiar PIN</translation>
    </message>
    <message>
        <source>Exit kiosk mode</source>
        <translation>Salir del modo quiosco</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Default printer</source>
        <translation>Impresora predeterminada</translation>
    </message>
    <message>
        <source>QR link template: %1</source>
        <translation>Plantilla de enlace QR: %1</translation>
    </message>
    <message>
        <source>Choose at least one language.</source>
        <translation>Elija al menos un idioma.</translation>
    </message>
    <message>
        <source>The catalogue could not be loaded.</source>
        <translation>No se ha podido cargar el catálogo.</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Find your size</source>
        <translation>Encuentre su talla</translation>
    </message>
    <message>
        <source>Your size in every product on display, in under a minute</source>
        <translation>Su talla en cada producto expuesto, en menos de un minuto</translation>
    </message>
    <message>
        <source>Touch the screen to start</source>
        <translation>Toque la pantalla para empezar</translation>
    </message>
    <message>
        <source>No pictures are stored.</source>
        <translation>No se guarda ninguna imagen.</translation>
    </message>
    <message>
        <source>1. Tell us your height</source>
        <translation>1. Indíquenos su estatura</translation>
    </message>
    <message>
        <source>2. Stand in front of the camera</source>
        <translation>2. Colóquese delante de la cámara</translation>
    </message>
    <message>
        <source>3. Scan your sizes with your phone</source>
        <translation>3. Escanee sus tallas con el móvil</translation>
    </message>
</context>
<context>
    <name>BrandChartDialog</name>
    <message>
        <source>Brand size chart for %1</source>
        <translation>Tabla de tallas de la marca para %1</translation>
    </message>
    <message>
        <source>Centimetres</source>
        <translation>Centímetros</translation>
    </message>
    <message>
        <source>Inches</source>
        <translation>Pulgadas</translation>
    </message>
    <message>
        <source>Body measurements</source>
        <translation>Medidas corporales</translation>
    </message>
    <message>
        <source>Garment measurements</source>
        <translation>Medidas de la prenda</translation>
    </message>
    <message>
        <source>The numbers are in:</source>
        <translation>Los números están en:</translation>
    </message>
    <message>
        <source>They measure:</source>
        <translation>Miden:</translation>
    </message>
    <message>
        <source>Sizes of the listing:</source>
        <translation>Tallas del artículo:</translation>
    </message>
    <message>
        <source>Chart file id:</source>
        <translation>Id. del archivo de tabla:</translation>
    </message>
    <message>
        <source>Chart title:</source>
        <translation>Título de la tabla:</translation>
    </message>
    <message>
        <source>Published at (URL):</source>
        <translation>Publicada en (URL):</translation>
    </message>
    <message>
        <source>Save as a chart &amp;file…</source>
        <translation>Guardar como &amp;archivo de tabla…</translation>
    </message>
    <message>
        <source>Single values were graded to ranges halfway to the next size: %1</source>
        <translation>Los valores únicos se han convertido en intervalos hasta la mitad de la talla siguiente: %1</translation>
    </message>
    <message>
        <source>“%1” is neither a size system nor a body measurement: left out</source>
        <translation>«%1» no es ni un sistema de tallas ni una medida corporal: se omite</translation>
    </message>
    <message>
        <source>“%1” gives %2 a second time: the first column is used</source>
        <translation>«%1» da %2 por segunda vez: se usa la primera columna</translation>
    </message>
    <message>
        <source>%1 (“%2”) is not a measurement: left empty</source>
        <translation>%1 («%2») no es una medida: se deja vacío</translation>
    </message>
    <message>
        <source>sizes as rows</source>
        <translation>tallas en filas</translation>
    </message>
    <message>
        <source>sizes as columns</source>
        <translation>tallas en columnas</translation>
    </message>
    <message>
        <source>The brand&apos;s own %1 labels are kept beside each size: guides and exports show them.</source>
        <translation>Las etiquetas %1 propias de la marca se conservan junto a cada talla: las guías y las exportaciones las muestran.</translation>
    </message>
    <message>
        <source>The chart&apos;s label columns that name no size system are not kept (%1).</source>
        <translation>Las columnas de etiquetas de la tabla que no indican ningún sistema de tallas no se conservan (%1).</translation>
    </message>
    <message>
        <source>centimetres</source>
        <translation>centímetros</translation>
    </message>
    <message>
        <source>inches</source>
        <translation>pulgadas</translation>
    </message>
    <message>
        <source>garment measurements</source>
        <translation>medidas de la prenda</translation>
    </message>
    <message>
        <source>body measurements</source>
        <translation>medidas corporales</translation>
    </message>
    <message>
        <source>%1: %2, in %3, %4. Check the preview: this is what will be saved.</source>
        <translation>%1: %2, en %3, %4. Revise la vista previa: es lo que se guardará.</translation>
    </message>
    <message>
        <source>The brand&apos;s own labels</source>
        <translation>Las tallas propias de la marca</translation>
    </message>
    <message>
        <source>Garment</source>
        <translation>Prenda</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>No: whole girths</source>
        <translation>No: contornos enteros</translation>
    </message>
    <message>
        <source>Yes: half girths, doubled</source>
        <translation>Sí: medios contornos, duplicados</translation>
    </message>
    <message>
        <source>Measured laid flat (half girths):</source>
        <translation>Medido en plano (medios contornos):</translation>
    </message>
    <message>
        <source>Measured laid flat: %1 are half girths, doubled to whole girths (%2 → %3)</source>
        <translation>Medido en plano: %1 son medios contornos, duplicados a contornos enteros (%2 → %3)</translation>
    </message>
    <message>
        <source>“%1” is read as the bust girth: a women&apos;s chart</source>
        <translation>«%1» se lee como contorno de busto: una tabla de mujer</translation>
    </message>
    <message>
        <source>As chosen.</source>
        <translation>Según lo elegido.</translation>
    </message>
    <message>
        <source>The sheet says %1 in “%2”.</source>
        <translation>La hoja indica %1 en «%2».</translation>
    </message>
    <message>
        <source>The sheet says centimetres in “%1” and inches in “%2”; by the values: %3.</source>
        <translation>La hoja indica centímetros en «%1» y pulgadas en «%2»; según los valores: %3.</translation>
    </message>
    <message>
        <source>Nothing says the unit; the values are plausible bodies in %1.</source>
        <translation>Nada indica la unidad; los valores son cuerpos plausibles en %1.</translation>
    </message>
    <message>
        <source>“%1” is a short sleeve (%2–%3 cm from the shoulder) that fits no arm length: left out</source>
        <translation>«%1» es una manga corta (%2–%3 cm desde el hombro) que no corresponde a ningún largo de brazo: se omite</translation>
    </message>
    <message>
        <source>“%1” is read as the sleeve length from the shoulder seam (arm length)</source>
        <translation>«%1» se lee como el largo de manga desde la costura del hombro (largo de brazo)</translation>
    </message>
    <message>
        <source>adults measure %1 to %2 cm</source>
        <translation>los adultos miden de %1 a %2 cm</translation>
    </message>
    <message>
        <source>children measure %1 to %2 cm</source>
        <translation>los niños miden de %1 a %2 cm</translation>
    </message>
    <message>
        <source>bodies measure %1 to %2 cm</source>
        <translation>los cuerpos miden de %1 a %2 cm</translation>
    </message>
    <message>
        <source>the numbers look like inches: choose Inches above</source>
        <translation>los números parecen pulgadas: elija Pulgadas arriba</translation>
    </message>
    <message>
        <source>the numbers look like centimetres: choose Centimetres above</source>
        <translation>los números parecen centímetros: elija Centímetros arriba</translation>
    </message>
    <message>
        <source>they look like half girths of a garment laid flat: choose to double them above</source>
        <translation>parecen medios contornos de una prenda medida en plano: elija duplicarlos arriba</translation>
    </message>
    <message>
        <source>they look like whole girths: choose whole girths above</source>
        <translation>parecen contornos enteros: elija contornos enteros arriba</translation>
    </message>
    <message>
        <source>check the column&apos;s meaning and the numbers in the sheet</source>
        <translation>revise el significado de la columna y los números de la hoja</translation>
    </message>
    <message>
        <source>%1: %2 %3 cannot be saved (%4); %5</source>
        <translation>%1: %2 %3 no se puede guardar (%4); %5</translation>
    </message>
    <message>
        <source>%1 (the chart&apos;s %2)</source>
        <translation>%1 (la %2 de la tabla)</translation>
    </message>
    <message>
        <source>The chart&apos;s measurements go to the sizes the listing sells: %1</source>
        <translation>Las medidas de la tabla van a las tallas que vende el producto: %1</translation>
    </message>
    <message>
        <source>None of the chart&apos;s sizes is a size the listing sells.</source>
        <translation>Ninguna talla de la tabla es una talla que el producto venda.</translation>
    </message>
    <message>
        <source>the brand&apos;s own</source>
        <translation>las de la marca</translation>
    </message>
    <message>
        <source>Also add the chart&apos;s sizes the listing does not sell: %1</source>
        <translation>Añadir también las tallas de la tabla que el producto no vende: %1</translation>
    </message>
    <message>
        <source>Remove the listing&apos;s sizes the chart does not give: %1</source>
        <translation>Quitar las tallas del producto que la tabla no da: %1</translation>
    </message>
    <message>
        <source>&amp;Apply the chart to %1</source>
        <translation>&amp;Aplicar la tabla a %1</translation>
    </message>
</context>
<context>
    <name>Cameras</name>
    <message>
        <source>Camera %1</source>
        <translation>Cámara %1</translation>
    </message>
</context>
<context>
    <name>CaptureScreen</name>
    <message>
        <source>Start over</source>
        <translation>Volver a empezar</translation>
    </message>
    <message>
        <source>The camera is not responding. Reconnecting… please wait.</source>
        <translation>La cámara no responde. Reconectando… espere, por favor.</translation>
    </message>
    <message>
        <source>Turn to your side, arms a little away from your body. Get ready…</source>
        <translation>Gírese de lado, con los brazos un poco separados del cuerpo. Prepárese…</translation>
    </message>
    <message>
        <source>Stand 2–3 m away, facing the camera, arms a little away from your body. Get ready…</source>
        <translation>Colóquese a 2–3 m, de frente a la cámara, con los brazos un poco separados del cuerpo. Prepárese…</translation>
    </message>
    <message>
        <source>Please stay where you are.</source>
        <translation>No se mueva de donde está, por favor.</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Iniciando la cámara…</translation>
    </message>
    <message>
        <source>The camera is still not working. Please ask a member of staff for help.</source>
        <translation>La cámara sigue sin funcionar. Pida ayuda a un miembro del personal, por favor.</translation>
    </message>
    <message>
        <source>Please ask a member of staff.</source>
        <translation>Diríjase a un miembro del personal, por favor.</translation>
    </message>
</context>
<context>
    <name>CatalogueMappingDialog</name>
    <message>
        <source>Which column is which?</source>
        <translation>¿Qué columna es cada cosa?</translation>
    </message>
    <message>
        <source>%1 is not in Sizer&apos;s own columns. Check what each column holds; Sizer proposed it from the names and the values. Rows of one product become one listing, and its variants its sizes.</source>
        <translation>%1 no tiene las columnas propias de Sizer. Compruebe qué contiene cada columna; Sizer lo ha propuesto a partir de los nombres y los valores. Las filas de un mismo producto forman un artículo, y sus variantes, sus tallas.</translation>
    </message>
    <message>
        <source>This is the mapping you confirmed for files with these columns.</source>
        <translation>Esta es la asignación que confirmó para los archivos con estas columnas.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Ejemplos</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Contiene</translation>
    </message>
    <message>
        <source>(from the file)</source>
        <translation>(del archivo)</translation>
    </message>
    <message>
        <source>Category of rows that give none:</source>
        <translation>Categoría de las filas que no indican ninguna:</translation>
    </message>
    <message>
        <source>(from the file, else each product&apos;s labels)</source>
        <translation>(del archivo o, si no, de las etiquetas de cada producto)</translation>
    </message>
    <message>
        <source>Size system of the labels:</source>
        <translation>Sistema de tallas de las etiquetas:</translation>
    </message>
    <message>
        <source>Category in the file</source>
        <translation>Categoría en el archivo</translation>
    </message>
    <message>
        <source>Sizer category</source>
        <translation>Categoría de Sizer</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(elegir)</translation>
    </message>
    <message>
        <source>&amp;Remember for files with these columns</source>
        <translation>&amp;Recordar para archivos con estas columnas</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Choose the Sizer category of: %1</source>
        <translation>Elija la categoría de Sizer de: %1</translation>
    </message>
    <message>
        <source>These are the choices the file was read with: change what is wrong, and Import reads it again.</source>
        <translation>Estas son las opciones con las que se leyó el archivo: cambie lo que esté mal e Importar lo volverá a leer.</translation>
    </message>
    <message>
        <source>Not sized: leave out</source>
        <translation>Sin tallas: omitir</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Guardar c&amp;omo…</translation>
    </message>
    <message>
        <source>&amp;Export recommendations…</source>
        <translation>&amp;Exportar recomendaciones…</translation>
    </message>
    <message>
        <source>Size &amp;guide…</source>
        <translation>Guía de &amp;tallas…</translation>
    </message>
    <message>
        <source>ID or title</source>
        <translation>Id. o título</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtro:</translation>
    </message>
    <message>
        <source>Only listings with a &amp;fitting size</source>
        <translation>Solo artículos con una talla a&amp;decuada</translation>
    </message>
    <message>
        <source>Whom the recommendations are for: their listings first, unisex ones next, the others hidden</source>
        <translation>Para quién son las recomendaciones: primero sus artículos, después los unisex y los demás ocultos</translation>
    </message>
    <message>
        <source>For anyone</source>
        <translation>Para cualquiera</translation>
    </message>
    <message>
        <source>For women</source>
        <translation>Para mujer</translation>
    </message>
    <message>
        <source>For men</source>
        <translation>Para hombre</translation>
    </message>
    <message>
        <source>For kids</source>
        <translation>Para niños</translation>
    </message>
    <message>
        <source>For girls</source>
        <translation>Para niña</translation>
    </message>
    <message>
        <source>For boys</source>
        <translation>Para niño</translation>
    </message>
    <message>
        <source>For a baby</source>
        <translation>Para bebé</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <source>Open a catalogue</source>
        <translation>Abrir un catálogo</translation>
    </message>
    <message>
        <source>Catalogues (*.csv *.xlsx *.txt *.tsv);;All files (*)</source>
        <translation>Catálogos (*.csv *.xlsx *.txt *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>bundled sample catalogue</source>
        <translation>catálogo de ejemplo incluido</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the catalogue</source>
        <translation>Guardar el catálogo</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The catalogue was not saved: %1</source>
        <translation>No se ha guardado el catálogo: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>The catalogue</source>
        <translation>El catálogo</translation>
    </message>
    <message numerus="yes">
        <source>%1 now has the %Ln size(s) of the brand chart; Save to keep them.</source>
        <translation>
            <numerusform>%1 tiene ahora la %Ln talla de la tabla de la marca; guarde para conservarla.</numerusform>
            <numerusform>%1 tiene ahora las %Ln tallas de la tabla de la marca; guarde para conservarlas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No body profile yet: measure or type one on the Measure page.</source>
        <translation>Aún no hay perfil corporal: mídalo o escríbalo en la página Medir.</translation>
    </message>
    <message>
        <source>How to measure:</source>
        <translation>Cómo medir:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recommended size: %1&lt;/b&gt; (%2, confidence %3 %)</source>
        <translation>&lt;b&gt;Talla recomendada: %1&lt;/b&gt; (%2, confianza del %3 %)</translation>
    </message>
    <message>
        <source>Runner-up: %1</source>
        <translation>Segunda opción: %1</translation>
    </message>
    <message>
        <source>Closest size: %1</source>
        <translation>Talla más cercana: %1</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>sin medir</translation>
    </message>
    <message>
        <source>No size: your %1 is %2 cm over the largest size.</source>
        <translation>Ninguna talla: su %1 supera en %2 cm la talla más grande.</translation>
    </message>
    <message>
        <source>No size: your %1 is %2 cm under the smallest size.</source>
        <translation>Ninguna talla: su %1 queda %2 cm por debajo de la talla más pequeña.</translation>
    </message>
    <message>
        <source>The best of the sizes; it will be off at: %1</source>
        <translation>La mejor de las tallas; no se ajustará en: %1</translation>
    </message>
    <message>
        <source>Length chosen by your %1</source>
        <translation>Largo elegido según su %1</translation>
    </message>
    <message>
        <source>To recommend a size, add: %1</source>
        <translation>Para recomendar una talla, añada: %1</translation>
    </message>
    <message>
        <source>More certain with: %1</source>
        <translation>Más segura con: %1</translation>
    </message>
    <message>
        <source>There is nothing to export yet: a body profile is needed (measure or type one on the Measure page).</source>
        <translation>Todavía no hay nada que exportar: hace falta un perfil corporal (mídalo o escríbalo en la página Medir).</translation>
    </message>
    <message>
        <source>Export the recommendations</source>
        <translation>Exportar las recomendaciones</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx);;JSON (*.json)</source>
        <translation>CSV (*.csv);;Libro de Excel (*.xlsx);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Select a listing first: a size guide is made for one listing (click it in the list above).</source>
        <translation>Seleccione primero un artículo: la guía de tallas se hace para un solo artículo (haga clic en él en la lista de arriba).</translation>
    </message>
    <message>
        <source>There is no listing to make a size guide for: open a catalogue, or clear the filter.</source>
        <translation>No hay ningún artículo para el que hacer una guía de tallas: abra un catálogo o borre el filtro.</translation>
    </message>
    <message>
        <source>Save the size guide</source>
        <translation>Guardar la guía de tallas</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Sin cambios: %1</translation>
    </message>
    <message>
        <source>&amp;Brand chart…</source>
        <translation>Tabla de la &amp;marca…</translation>
    </message>
    <message>
        <source>&amp;Marketplace files…</source>
        <translation>Archivos para mar&amp;ketplaces…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln row(s); rows left out for problems: %1.</source>
        <translation>
            <numerusform>Se ha importado %Ln fila; filas omitidas por problemas: %1.</numerusform>
            <numerusform>Se han importado %Ln filas; filas omitidas por problemas: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln listing(s)</source>
        <translation>
            <numerusform>%Ln artículo</numerusform>
            <numerusform>%Ln artículos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln size(s)</source>
        <translation>
            <numerusform>%Ln talla</numerusform>
            <numerusform>%Ln tallas</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the listing whose sizes the brand chart gives.</source>
        <translation>Seleccione el artículo cuyas tallas da la tabla de la marca.</translation>
    </message>
    <message>
        <source>Open a brand&apos;s size chart</source>
        <translation>Abrir la tabla de tallas de una marca</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt *.tsv);;All files (*)</source>
        <translation>Hojas de cálculo (*.csv *.xlsx *.txt *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save the chart file</source>
        <translation>Guardar el archivo de tabla</translation>
    </message>
    <message>
        <source>Size chart (*.toml)</source>
        <translation>Tabla de tallas (*.toml)</translation>
    </message>
    <message numerus="yes">
        <source>Recommending for a profile of %Ln measurement(s)</source>
        <translation>
            <numerusform>Recomendaciones para un perfil de %Ln medida</numerusform>
            <numerusform>Recomendaciones para un perfil de %Ln medidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for the pictures</source>
        <translation>Carpeta para las imágenes</translation>
    </message>
    <message>
        <source>Save the marketplace file</source>
        <translation>Guardar el archivo para el marketplace</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Web page (*.html);;PDF (*.pdf);;Picture (*.png *.jpg)</source>
        <translation>Página web (*.html);;PDF (*.pdf);;Imagen (*.png *.jpg)</translation>
    </message>
    <message>
        <source>Change which column of your file is which, then import it again</source>
        <translation>Cambiar qué contiene cada columna de su archivo y volver a importarlo</translation>
    </message>
    <message>
        <source>%1 is no longer there.</source>
        <translation>%1 ya no existe.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) of products without sizes left out, as mapped.</source>
        <translation>
            <numerusform>%Ln fila de un producto sin tallas omitida, según la asignación.</numerusform>
            <numerusform>%Ln filas de productos sin tallas omitidas, según la asignación.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the catalogue under a new name</source>
        <translation>Guardar el catálogo con otro nombre</translation>
    </message>
    <message>
        <source>Save the catalogue (Ctrl+S)</source>
        <translation>Guardar el catálogo (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save asks for a new name: %1</source>
        <translation>Guardar pedirá un nombre nuevo: %1</translation>
    </message>
    <message>
        <source>&amp;Change mapping…</source>
        <translation>&amp;Cambiar la asignación…</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <source>inches</source>
        <translation>pulgadas</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Unidades:</translation>
    </message>
    <message>
        <source>&amp;Systems</source>
        <translation>&amp;Sistemas</translation>
    </message>
    <message>
        <source>e.g. 8, M, 38</source>
        <translation>p. ej., 8, M, 38</translation>
    </message>
    <message>
        <source>&amp;Find a size:</source>
        <translation>&amp;Buscar una talla:</translation>
    </message>
    <message>
        <source>&amp;Copy table</source>
        <translation>C&amp;opiar tabla</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Size charts</source>
        <translation>Tablas de tallas</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>Click a size, or type one above, to see its equivalents.</source>
        <translation>Haga clic en una talla, o escríbala arriba, para ver sus equivalencias.</translation>
    </message>
    <message>
        <source>%1 %2 equals: %3&lt;br&gt;Body: %4 %5</source>
        <translation>%1 %2 equivale a: %3&lt;br&gt;Cuerpo: %4 %5</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>¿Quería decir %1?</translation>
    </message>
    <message>
        <source>Choose one of the suggestions.</source>
        <translation>Elija una de las sugerencias.</translation>
    </message>
    <message>
        <source>%1 has no size %2.</source>
        <translation>%1 no tiene la talla %2.</translation>
    </message>
    <message>
        <source>Conventions</source>
        <translation>Convenciones</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>%1 min (%2)</source>
        <translation>%1 mín. (%2)</translation>
    </message>
    <message>
        <source>%1 max (%2)</source>
        <translation>%1 máx. (%2)</translation>
    </message>
    <message>
        <source>Export the size chart</source>
        <translation>Exportar la tabla de tallas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
</context>
<context>
    <name>ClothingScreen</name>
    <message>
        <source>What are you wearing?</source>
        <translation>¿Qué ropa lleva puesta?</translation>
    </message>
    <message>
        <source>Clothes change the outline the camera sees. Tap the closest answer.</source>
        <translation>La ropa cambia la silueta que ve la cámara. Toque la respuesta más parecida.</translation>
    </message>
    <message>
        <source>Fitted</source>
        <translation>Ajustada</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Loose</source>
        <translation>Holgada</translation>
    </message>
    <message>
        <source>T-shirt and leggings, sportswear</source>
        <translation>Camiseta y mallas, ropa deportiva</translation>
    </message>
    <message>
        <source>A shirt and trousers that follow the body without hanging</source>
        <translation>Una camisa y unos pantalones que siguen el cuerpo sin colgar</translation>
    </message>
    <message>
        <source>A hoodie, a loose dress or wide trousers</source>
        <translation>Una sudadera con capucha, un vestido holgado o pantalones anchos</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Volver a empezar</translation>
    </message>
    <message>
        <source>The camera sees loose clothes.</source>
        <translation>La cámara detecta ropa holgada.</translation>
    </message>
    <message>
        <source>Loose clothes cannot be measured.</source>
        <translation>La ropa holgada no se puede medir.</translation>
    </message>
    <message>
        <source>Loose clothes hide the body&apos;s shape, so the girths would read several centimetres too big. Change into a fitted top and leggings and measure again, or measure with a tape following the illustrated measuring guide.</source>
        <translation>La ropa holgada oculta la forma del cuerpo y los contornos saldrían varios centímetros más grandes. Póngase una prenda superior ajustada y mallas y vuelva a medir, o mida con una cinta siguiendo la guía de medición ilustrada.</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>(not imported)</source>
        <translation>(no se importa)</translation>
    </message>
    <message>
        <source>Listing id (product, style number)</source>
        <translation>Id. del artículo (producto, referencia)</translation>
    </message>
    <message>
        <source>Variant SKU (per size)</source>
        <translation>SKU de la variante (por talla)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Category / product type</source>
        <translation>Categoría / tipo de producto</translation>
    </message>
    <message>
        <source>Department / gender</source>
        <translation>Sección / género</translation>
    </message>
    <message>
        <source>Age group (adult, kids, toddler, infant)</source>
        <translation>Grupo de edad (adulto, niños, niño pequeño, bebé)</translation>
    </message>
    <message>
        <source>Size class (Amazon: Alpha, Numeric, Age)</source>
        <translation>Clase de talla (Amazon: Alpha, Numeric, Age)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Talla</translation>
    </message>
    <message>
        <source>Size system</source>
        <translation>Sistema de tallas</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Corte</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Elasticidad</translation>
    </message>
    <message>
        <source>Colour (sizes shared by every colour)</source>
        <translation>Color (tallas comunes a todos los colores)</translation>
    </message>
    <message>
        <source>Parent or child row (Amazon)</source>
        <translation>Fila principal o secundaria (Amazon)</translation>
    </message>
    <message>
        <source>Option %1 name</source>
        <translation>Nombre de la opción %1</translation>
    </message>
    <message>
        <source>Option %1 value</source>
        <translation>Valor de la opción %1</translation>
    </message>
    <message>
        <source>%1: body range</source>
        <translation>%1: intervalo corporal</translation>
    </message>
    <message>
        <source>%1: body minimum</source>
        <translation>%1: mínimo corporal</translation>
    </message>
    <message>
        <source>%1: body maximum</source>
        <translation>%1: máximo corporal</translation>
    </message>
    <message>
        <source>%1: garment measurement</source>
        <translation>%1: medida de la prenda</translation>
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
        <translation>Elija la columna que contiene el id. del artículo (p. ej., Handle, parent_sku, 款号).</translation>
    </message>
    <message>
        <source>Choose the column that holds the title.</source>
        <translation>Elija la columna que contiene el título.</translation>
    </message>
    <message>
        <source>Choose the column that holds the size (e.g. Size, Option1 Value, 尺码).</source>
        <translation>Elija la columna que contiene la talla (p. ej., Size, Option1 Value, 尺码).</translation>
    </message>
    <message>
        <source>Choose the category column, or one category for every row.</source>
        <translation>Elija la columna de categoría, o una categoría para todas las filas.</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Columns of the orders file</source>
        <translation>Columnas del archivo de pedidos</translation>
    </message>
    <message>
        <source>Sizer does not know this file&apos;s layout. Say which column holds what; fields marked * are needed.</source>
        <translation>Sizer no conoce la estructura de este archivo. Indique qué contiene cada columna; los campos marcados con * son obligatorios.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Remember for files with these columns</source>
        <translation>Recordar para archivos con estas columnas</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <source>Before we start</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <source>The camera is used only to measure your body outline while you stand in front of it. Please wear fitted clothes for the best result.</source>
        <translation>La cámara solo se usa para medir el contorno de su cuerpo mientras está delante de ella. Para obtener el mejor resultado, lleve ropa ajustada.</translation>
    </message>
    <message>
        <source>No picture or video is stored or sent anywhere: each camera image is measured in this kiosk and thrown away at once.</source>
        <translation>No se guarda ni se envía ninguna imagen ni vídeo: cada imagen de la cámara se mide en este quiosco y se descarta al instante.</translation>
    </message>
    <message>
        <source>Your height, measurements and sizes are erased when you finish, press “Start over”, or walk away.</source>
        <translation>Su estatura, sus medidas y sus tallas se borran al terminar, al pulsar «Volver a empezar» o al marcharse.</translation>
    </message>
    <message>
        <source>I agree, continue</source>
        <translation>Acepto, continuar</translation>
    </message>
    <message>
        <source>No, thanks</source>
        <translation>No, gracias</translation>
    </message>
</context>
<context>
    <name>CountedProblems</name>
    <message numerus="yes">
        <source>{path}: %Ln problem(s); nothing was imported</source>
        <translation>
            <numerusform>{path}: %Ln problema; no se ha importado nada</numerusform>
            <numerusform>{path}: %Ln problemas; no se ha importado nada</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln valid row(s); accept them with --accept-valid-rows)</source>
        <translation>
            <numerusform> (%Ln fila válida; acéptela con --accept-valid-rows)</numerusform>
            <numerusform> (%Ln filas válidas; acéptelas con --accept-valid-rows)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) in the orders; nothing was imported</source>
        <translation>
            <numerusform>%Ln problema en los pedidos; no se ha importado nada</numerusform>
            <numerusform>%Ln problemas en los pedidos; no se ha importado nada</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more problem(s) of the same kinds</source>
        <translation>
            <numerusform>y %Ln problema más de los mismos tipos</numerusform>
            <numerusform>y %Ln problemas más de los mismos tipos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s) of order {order} SKU {sku} returned, {sold} sold</source>
        <translation>
            <numerusform>%Ln unidad devuelta del pedido {order}, SKU {sku}; {sold} vendidas</numerusform>
            <numerusform>%Ln unidades devueltas del pedido {order}, SKU {sku}; {sold} vendidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{listing}: {why}, so all %Ln size(s) are sent in the listing&apos;s own system {system} ({span}): one system for the whole listing, each size distinct</source>
        <translation>
            <numerusform>{listing}: {why}, así que su %Ln talla se envía en el sistema propio del producto, {system} ({span}): un solo sistema para todo el producto, cada talla distinta</numerusform>
            <numerusform>{listing}: {why}, así que sus %Ln tallas se envían en el sistema propio del producto, {system} ({span}): un solo sistema para todo el producto, cada talla distinta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln size chart(s) for {brand} on Amazon {marketplace} written to {path}</source>
        <translation>
            <numerusform>%Ln tabla de tallas de {brand} en Amazon {marketplace} escrita en {path}</numerusform>
            <numerusform>%Ln tablas de tallas de {brand} en Amazon {marketplace} escritas en {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>size attributes of %Ln child listing(s) written to {path}</source>
        <translation>
            <numerusform>atributos de talla de %Ln producto hijo escritos en {path}</numerusform>
            <numerusform>atributos de talla de %Ln productos hijos escritos en {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Google Merchant size attributes of %Ln variant(s) written to {path}</source>
        <translation>
            <numerusform>atributos de talla de Google Merchant de %Ln variante escritos en {path}</numerusform>
            <numerusform>atributos de talla de Google Merchant de %Ln variantes escritos en {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln size-chart metaobject(s) written to {path}</source>
        <translation>
            <numerusform>%Ln metaobjeto de tabla de tallas escrito en {path}</numerusform>
            <numerusform>%Ln metaobjetos de tabla de tallas escritos en {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>metafields of %Ln product(s) written to {path}</source>
        <translation>
            <numerusform>metacampos de %Ln producto escritos en {path}</numerusform>
            <numerusform>metacampos de %Ln productos escritos en {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln size-chart picture(s) ({width} x {height} px) written to {path}</source>
        <translation>
            <numerusform>%Ln imagen de tabla de tallas ({width} x {height} px) escrita en {path}</numerusform>
            <numerusform>%Ln imágenes de tabla de tallas ({width} x {height} px) escritas en {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.</source>
        <translation>%1 tiene cambios sin guardar.</translation>
    </message>
    <message>
        <source>Save them before going on?</source>
        <translation>¿Desea guardarlos antes de continuar?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 ya existe. ¿Reemplazarlo?</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Sizer: something went wrong</source>
        <translation>Sizer: algo ha fallado</translation>
    </message>
    <message>
        <source>Sizer</source>
        <translation>Sizer</translation>
    </message>
    <message>
        <source>Details were written to the log file:
%1</source>
        <translation>Los detalles se han escrito en el archivo de registro:
%1</translation>
    </message>
</context>
<context>
    <name>GuidesPage</name>
    <message>
        <source>Whole body</source>
        <translation>Cuerpo entero</translation>
    </message>
    <message>
        <source>Head and neck</source>
        <translation>Cabeza y cuello</translation>
    </message>
    <message>
        <source>Torso</source>
        <translation>Tronco</translation>
    </message>
    <message>
        <source>Arms and hands</source>
        <translation>Brazos y manos</translation>
    </message>
    <message>
        <source>Legs and feet</source>
        <translation>Piernas y pies</translation>
    </message>
    <message>
        <source>Garments laid flat</source>
        <translation>Prendas extendidas</translation>
    </message>
    <message>
        <source>Measuring guides by body zone</source>
        <translation>Guías de medición por zona del cuerpo</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <source>Measuring guides</source>
        <translation>Guías de medición</translation>
    </message>
    <message>
        <source>Print the measuring guide</source>
        <translation>Imprimir la guía de medición</translation>
    </message>
    <message>
        <source>Save the measuring guide as PDF</source>
        <translation>Guardar la guía de medición como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
</context>
<context>
    <name>HeightField</name>
    <message>
        <source>e.g. 182 cm, 5 ft 11, 5&apos;11&quot;, 71 in</source>
        <translation>p. ej., 182 cm, 5 ft 11, 5&apos;11&quot;, 71 in</translation>
    </message>
    <message>
        <source>Type your height in cm, in feet and inches, or in inches; the line below says what was understood.</source>
        <translation>Escriba su estatura en cm, en pies y pulgadas o en pulgadas; la línea de abajo indica lo que se ha entendido.</translation>
    </message>
    <message>
        <source>How to measure: %1</source>
        <translation>Cómo medir: %1</translation>
    </message>
    <message>
        <source>Understood: %1</source>
        <translation>Entendido: %1</translation>
    </message>
    <message>
        <source>Enter your height, e.g. 182 cm or 5 ft 11.</source>
        <translation>Introduzca su estatura, p. ej., 182 cm o 5 ft 11.</translation>
    </message>
    <message>
        <source>%1 is not a height the camera can measure: enter %2 to %3 cm (e.g. 182 cm, 5 ft 11, 71 in).</source>
        <translation>%1 no es una estatura que la cámara pueda medir: introduzca de %2 a %3 cm (p. ej., 182 cm, 5 ft 11, 71 in).</translation>
    </message>
    <message>
        <source>“%1” is not a height: write it like 182 cm, 1.82 m, 5 ft 11, 5&apos;11&quot; or 71 in.</source>
        <translation>«%1» no es una estatura: escríbala como 182 cm, 1,82 m, 5 ft 11, 5&apos;11&quot; o 71 in.</translation>
    </message>
    <message>
        <source>Enter your height: the camera measures everything else in proportion to it.</source>
        <translation>Introduzca su estatura: la cámara mide todo lo demás en proporción a ella.</translation>
    </message>
</context>
<context>
    <name>HeightScreen</name>
    <message>
        <source>How tall are you?</source>
        <translation>¿Cuánto mide?</translation>
    </message>
    <message>
        <source>Without shoes. Your height sets the scale of every measurement.</source>
        <translation>Sin zapatos. Su estatura fija la escala de todas las medidas.</translation>
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
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
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
        <translation>Introduzca una estatura entre %1 y %2 cm.</translation>
    </message>
    <message>
        <source>Inches go from 0 to 11.</source>
        <translation>Las pulgadas van de 0 a 11.</translation>
    </message>
    <message>
        <source>Please enter a height between %1 ft %2 in and %3 ft %4 in.</source>
        <translation>Introduzca una estatura entre %1 ft %2 in y %3 ft %4 in.</translation>
    </message>
</context>
<context>
    <name>ImportIssuesDialog</name>
    <message>
        <source>Problems in the catalogue file</source>
        <translation>Problemas en el archivo de catálogo</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %Ln problem(s). Nothing has been imported yet.</source>
        <translation>
            <numerusform>%1 tiene %Ln problema. Todavía no se ha importado nada.</numerusform>
            <numerusform>%1 tiene %Ln problemas. Todavía no se ha importado nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>(header)</source>
        <translation>(encabezado)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import the %Ln valid row(s)</source>
        <translation>
            <numerusform>&amp;Importar la %Ln fila válida</numerusform>
            <numerusform>&amp;Importar las %Ln filas válidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows with problems are left out; fix the file and open it again to import them too.</source>
        <translation>Las filas con problemas se omiten; corrija el archivo y vuelva a abrirlo para importarlas también.</translation>
    </message>
    <message>
        <source>&amp;Change mapping…</source>
        <translation>&amp;Cambiar la asignación…</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>KioskResults</name>
    <message>
        <source>Your size · %1% sure</source>
        <translation>Su talla · %1% de seguridad</translation>
    </message>
    <message>
        <source>Between sizes: %1 would also fit</source>
        <translation>Entre dos tallas: %1 también le quedaría bien</translation>
    </message>
    <message>
        <source>Your best size; the notes say where it is off</source>
        <translation>Su mejor talla; las notas indican dónde no se ajusta</translation>
    </message>
    <message>
        <source>No size: even the largest, %1, is too small for you</source>
        <translation>Ninguna talla: incluso la más grande, %1, le queda pequeña</translation>
    </message>
    <message>
        <source>No size: even the smallest, %1, is too big for you</source>
        <translation>Ninguna talla: incluso la más pequeña, %1, le queda grande</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>My sizes</source>
        <translation>Mis tallas</translation>
    </message>
    <message>
        <source>Still there? Touch the screen to carry on.
Starting over in %1 s.</source>
        <translation>¿Sigue ahí? Toque la pantalla para continuar.
Se volverá a empezar en %1 s.</translation>
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
        <translation>Id.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Size system</source>
        <translation>Sistema de tallas</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Corte</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Elasticidad</translation>
    </message>
    <message>
        <source>Sizes</source>
        <translation>Tallas</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recomendada</translation>
    </message>
    <message>
        <source>Runner-up</source>
        <translation>Segunda opción</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Resultado</translation>
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
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open catalogue…</source>
        <translation>&amp;Abrir catálogo…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Open the bundled sa&amp;mple catalogue</source>
        <translation>Abrir el catálogo de &amp;ejemplo incluido</translation>
    </message>
    <message>
        <source>&amp;Save catalogue</source>
        <translation>&amp;Guardar catálogo</translation>
    </message>
    <message>
        <source>Save catalogue &amp;as…</source>
        <translation>Guardar catálogo &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Catalogue (CSV or Excel)…</source>
        <translation>&amp;Catálogo (CSV o Excel)…</translation>
    </message>
    <message>
        <source>Body &amp;profile…</source>
        <translation>&amp;Perfil corporal…</translation>
    </message>
    <message>
        <source>P&amp;hotos to measure…</source>
        <translation>&amp;Fotos para medir…</translation>
    </message>
    <message>
        <source>&amp;Video to measure…</source>
        <translation>&amp;Vídeo para medir…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>&amp;Recommendations…</source>
        <translation>&amp;Recomendaciones…</translation>
    </message>
    <message>
        <source>Size &amp;guide of the selected listing…</source>
        <translation>&amp;Guía de tallas del artículo seleccionado…</translation>
    </message>
    <message>
        <source>&amp;Marketplace files…</source>
        <translation>Archivos para mar&amp;ketplaces…</translation>
    </message>
    <message>
        <source>Size &amp;chart as CSV…</source>
        <translation>&amp;Tabla de tallas como CSV…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Abrir la carpeta del &amp;registro</translation>
    </message>
    <message>
        <source>&amp;About Sizer</source>
        <translation>&amp;Acerca de Sizer</translation>
    </message>
    <message>
        <source>No catalogues opened yet</source>
        <translation>Aún no se ha abierto ningún catálogo</translation>
    </message>
    <message>
        <source>About Sizer</source>
        <translation>Acerca de Sizer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sizer %1&lt;/b&gt;&lt;br&gt;Size charts that convert between countries, illustrated measuring guides, body measurements from a camera, and a recommended size for every listing.&lt;br&gt;Chinese, Japanese and Korean text is set in Noto Sans CJK (SIL Open Font License).</source>
        <translation>&lt;b&gt;Sizer %1&lt;/b&gt;&lt;br&gt;Tablas de tallas que convierten entre países, guías de medición ilustradas, medidas corporales a partir de una cámara y una talla recomendada para cada artículo.&lt;br&gt;El texto chino, japonés y coreano se compone en Noto Sans CJK (SIL Open Font License).</translation>
    </message>
    <message>
        <source>&amp;Change column mapping…</source>
        <translation>Cambiar la asig&amp;nación de columnas…</translation>
    </message>
</context>
<context>
    <name>MeasurePage</name>
    <message>
        <source>C&amp;amera:</source>
        <translation>C&amp;ámara:</translation>
    </message>
    <message>
        <source>&amp;Start camera</source>
        <translation>&amp;Iniciar cámara</translation>
    </message>
    <message>
        <source>Open &amp;video…</source>
        <translation>Abrir &amp;vídeo…</translation>
    </message>
    <message>
        <source>Open p&amp;hotos…</source>
        <translation>Abrir &amp;fotos…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Measure from a video…</source>
        <translation>Medir a partir de un vídeo…</translation>
    </message>
    <message>
        <source>Measure from photos…</source>
        <translation>Medir a partir de fotos…</translation>
    </message>
    <message>
        <source>Snug</source>
        <translation>Ceñido</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Loose</source>
        <translation>Holgado</translation>
    </message>
    <message>
        <source>Preferred &amp;fit:</source>
        <translation>&amp;Ajuste preferido:</translation>
    </message>
    <message>
        <source>&amp;Load profile…</source>
        <translation>Ca&amp;rgar perfil…</translation>
    </message>
    <message>
        <source>Save p&amp;rofile…</source>
        <translation>&amp;Guardar perfil…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>Your measurements</source>
        <translation>Sus medidas</translation>
    </message>
    <message>
        <source>Measured values can be corrected by hand; “?” shows how to measure.</source>
        <translation>Los valores medidos se pueden corregir a mano; «?» muestra cómo medir.</translation>
    </message>
    <message>
        <source>Stand 2–3 m from the camera in fitted clothes, whole body in view, then press Start camera. No camera? Measure from a video or from a front and a side photo.</source>
        <translation>Colóquese a 2–3 m de la cámara con ropa ajustada y el cuerpo entero a la vista; después pulse Iniciar cámara. ¿No tiene cámara? Mida a partir de un vídeo o de una foto de frente y otra de perfil.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medir</translation>
    </message>
    <message>
        <source>Measure from a video</source>
        <translation>Medir a partir de un vídeo</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.avi *.mov *.mkv *.webm);;All files (*)</source>
        <translation>Vídeos (*.mp4 *.avi *.mov *.mkv *.webm);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Measure from photos: one facing the camera, one from the side</source>
        <translation>Medir a partir de fotos: una de frente a la cámara y otra de perfil</translation>
    </message>
    <message>
        <source>Photos (*.png *.jpg *.jpeg *.bmp *.webp)</source>
        <translation>Fotos (*.png *.jpg *.jpeg *.bmp *.webp)</translation>
    </message>
    <message>
        <source>Choose two photos: one facing the camera and one from the side.</source>
        <translation>Elija dos fotos: una de frente a la cámara y otra de perfil.</translation>
    </message>
    <message>
        <source>Measuring the photos… (the pose model loads the first time)</source>
        <translation>Midiendo las fotos… (el modelo de pose se carga la primera vez)</translation>
    </message>
    <message>
        <source>The photos could not be measured: %1</source>
        <translation>No se han podido medir las fotos: %1</translation>
    </message>
    <message>
        <source>Enter your height first: the camera measures everything else in proportion to it.</source>
        <translation>Introduzca primero su estatura: la cámara mide todo lo demás en proporción a ella.</translation>
    </message>
    <message>
        <source>Starting… (the pose model loads the first time)</source>
        <translation>Iniciando… (el modelo de pose se carga la primera vez)</translation>
    </message>
    <message>
        <source>The video or photos ended before both views were captured. Use a video or photos showing the whole body facing the camera, then from the side.</source>
        <translation>El vídeo o las fotos terminaron antes de captar las dos vistas. Use un vídeo o fotos que muestren el cuerpo entero de frente a la cámara y después de perfil.</translation>
    </message>
    <message>
        <source>The capture stopped: %1</source>
        <translation>La captura se ha detenido: %1</translation>
    </message>
    <message>
        <source>Load a body profile</source>
        <translation>Cargar un perfil corporal</translation>
    </message>
    <message>
        <source>Body profiles (*.json)</source>
        <translation>Perfiles corporales (*.json)</translation>
    </message>
    <message>
        <source>There are no measurements to save yet.</source>
        <translation>Todavía no hay medidas que guardar.</translation>
    </message>
    <message>
        <source>Save the body profile</source>
        <translation>Guardar el perfil corporal</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>You are wearing:</source>
        <translation>Lleva puesto:</translation>
    </message>
    <message>
        <source>F&amp;itted</source>
        <translation>&amp;Ajustado</translation>
    </message>
    <message>
        <source>T-shirt and leggings, sportswear or underwear</source>
        <translation>Camiseta y mallas, ropa deportiva o ropa interior</translation>
    </message>
    <message>
        <source>Re&amp;gular</source>
        <translation>&amp;Normal</translation>
    </message>
    <message>
        <source>A shirt and trousers that follow the body without hanging</source>
        <translation>Una camisa y un pantalón que siguen el cuerpo sin colgar</translation>
    </message>
    <message>
        <source>Loos&amp;e</source>
        <translation>&amp;Holgado</translation>
    </message>
    <message>
        <source>A hoodie, a loose dress or wide trousers</source>
        <translation>Una sudadera, un vestido holgado o un pantalón ancho</translation>
    </message>
    <message>
        <source>Loose clothes hide the body&apos;s shape, so the girths would read several centimetres too big. Change into a fitted top and leggings (or underwear) and measure again, or measure with a tape following the illustrated measuring guide (the “?” beside each measurement).</source>
        <translation>La ropa holgada oculta la forma del cuerpo, por lo que los contornos saldrían varios centímetros demasiado grandes. Póngase una prenda superior ajustada y mallas (o ropa interior) y vuelva a medir, o mida con una cinta siguiendo la guía de medición ilustrada (el «?» junto a cada medida).</translation>
    </message>
    <message>
        <source>No camera could be opened (%1): %2
You can measure from a video or photos instead.</source>
        <translation>No se ha podido abrir ninguna cámara (%1): %2
Puede medir a partir de un vídeo o de fotos en su lugar.</translation>
    </message>
    <message>
        <source>Wh&amp;o:</source>
        <translation>Par&amp;a quién:</translation>
    </message>
    <message>
        <source>%1 left out: %2</source>
        <translation>%1 omitido: %2</translation>
    </message>
</context>
<context>
    <name>MeasurementField</name>
    <message>
        <source>How to measure: %1</source>
        <translation>Cómo medir: %1</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>a mano</translation>
    </message>
    <message>
        <source>Changed by hand; it was %1</source>
        <translation>Cambiado a mano; era %1</translation>
    </message>
    <message>
        <source>Estimated uncertainty of the camera measurement</source>
        <translation>Incertidumbre estimada de la medición con cámara</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>Women&apos;s tops</source>
        <translation>Prendas superiores de mujer</translation>
    </message>
    <message>
        <source>Women&apos;s dresses</source>
        <translation>Vestidos de mujer</translation>
    </message>
    <message>
        <source>Women&apos;s trousers</source>
        <translation>Pantalones de mujer</translation>
    </message>
    <message>
        <source>Men&apos;s tops</source>
        <translation>Prendas superiores de hombre</translation>
    </message>
    <message>
        <source>Men&apos;s shirts</source>
        <translation>Camisas de hombre</translation>
    </message>
    <message>
        <source>Men&apos;s suits</source>
        <translation>Trajes de hombre</translation>
    </message>
    <message>
        <source>Men&apos;s trousers</source>
        <translation>Pantalones de hombre</translation>
    </message>
    <message>
        <source>Bras</source>
        <translation>Sujetadores</translation>
    </message>
    <message>
        <source>Men&apos;s shoes</source>
        <translation>Calzado de hombre</translation>
    </message>
    <message>
        <source>Women&apos;s shoes</source>
        <translation>Calzado de mujer</translation>
    </message>
    <message>
        <source>Children&apos;s shoes</source>
        <translation>Calzado infantil</translation>
    </message>
    <message>
        <source>Children&apos;s clothing</source>
        <translation>Ropa infantil</translation>
    </message>
    <message>
        <source>Hats</source>
        <translation>Sombreros</translation>
    </message>
    <message>
        <source>Gloves</source>
        <translation>Guantes</translation>
    </message>
    <message>
        <source>Rings</source>
        <translation>Anillos</translation>
    </message>
    <message>
        <source>Belts</source>
        <translation>Cinturones</translation>
    </message>
    <message>
        <source>Socks</source>
        <translation>Calcetines</translation>
    </message>
    <message>
        <source>Ski boots</source>
        <translation>Botas de esquí</translation>
    </message>
    <message>
        <source>Men&apos;s shoe widths</source>
        <translation>Anchos de calzado de hombre</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>estrecho</translation>
    </message>
    <message>
        <source>snug</source>
        <translation>ceñido</translation>
    </message>
    <message>
        <source>good</source>
        <translation>bien</translation>
    </message>
    <message>
        <source>loose</source>
        <translation>holgado</translation>
    </message>
    <message>
        <source>too loose</source>
        <translation>demasiado holgado</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>demasiado corto</translation>
    </message>
    <message>
        <source>short</source>
        <translation>corto</translation>
    </message>
    <message>
        <source>long</source>
        <translation>largo</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>demasiado largo</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>se ajusta</translation>
    </message>
    <message>
        <source>between sizes</source>
        <translation>entre dos tallas</translation>
    </message>
    <message>
        <source>best available</source>
        <translation>la mejor disponible</translation>
    </message>
    <message>
        <source>no size fits</source>
        <translation>ninguna talla se ajusta</translation>
    </message>
    <message>
        <source>no measurements</source>
        <translation>sin medidas</translation>
    </message>
    <message>
        <source>slim</source>
        <translation>entallado</translation>
    </message>
    <message>
        <source>regular</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>relaxed</source>
        <translation>amplio</translation>
    </message>
    <message>
        <source>no stretch</source>
        <translation>sin elasticidad</translation>
    </message>
    <message>
        <source>some stretch</source>
        <translation>algo elástico</translation>
    </message>
    <message>
        <source>high stretch</source>
        <translation>muy elástico</translation>
    </message>
    <message>
        <source>women</source>
        <translation>mujer</translation>
    </message>
    <message>
        <source>men</source>
        <translation>hombre</translation>
    </message>
    <message>
        <source>unisex</source>
        <translation>unisex</translation>
    </message>
    <message>
        <source>girls</source>
        <translation>niñas</translation>
    </message>
    <message>
        <source>boys</source>
        <translation>niños</translation>
    </message>
    <message>
        <source>baby</source>
        <translation>bebé</translation>
    </message>
    <message>
        <source>kids</source>
        <translation>infantil</translation>
    </message>
    <message>
        <source>Step into view, 2–3 m from the camera.</source>
        <translation>Entre en el campo de visión, a 2–3 m de la cámara.</translation>
    </message>
    <message>
        <source>Only the person being measured may be in view.</source>
        <translation>Solo la persona a la que se mide puede estar a la vista.</translation>
    </message>
    <message>
        <source>Step back: the whole body, head to feet, must be in the picture.</source>
        <translation>Retroceda: el cuerpo entero, de la cabeza a los pies, debe verse en la imagen.</translation>
    </message>
    <message>
        <source>Step a little closer.</source>
        <translation>Acérquese un poco.</translation>
    </message>
    <message>
        <source>Stand upright, feet slightly apart, looking ahead.</source>
        <translation>Póngase derecho, con los pies ligeramente separados y la mirada al frente.</translation>
    </message>
    <message>
        <source>Face the camera.</source>
        <translation>Mire hacia la cámara.</translation>
    </message>
    <message>
        <source>Now turn 90° so your side faces the camera.</source>
        <translation>Ahora gírese 90° para quedar de perfil a la cámara.</translation>
    </message>
    <message>
        <source>Hold your arms a little away from your body.</source>
        <translation>Mantenga los brazos un poco separados del cuerpo.</translation>
    </message>
    <message>
        <source>It is too dark: add light in front of you.</source>
        <translation>Hay demasiada oscuridad: ponga más luz delante de usted.</translation>
    </message>
    <message>
        <source>Too much light behind you: move away from the window.</source>
        <translation>Hay demasiada luz detrás de usted: aléjese de la ventana.</translation>
    </message>
    <message>
        <source>Hold still…</source>
        <translation>No se mueva…</translation>
    </message>
    <message>
        <source>Measuring: keep holding still.</source>
        <translation>Midiendo: siga sin moverse.</translation>
    </message>
    <message>
        <source>Done: see your measurements.</source>
        <translation>Listo: vea sus medidas.</translation>
    </message>
    <message>
        <source>Step 1 of 2: facing the camera</source>
        <translation>Paso 1 de 2: de frente a la cámara</translation>
    </message>
    <message>
        <source>Step 2 of 2: turn to the side</source>
        <translation>Paso 2 de 2: gírese de lado</translation>
    </message>
    <message>
        <source>Step 2 of 2: side-on</source>
        <translation>Paso 2 de 2: de perfil</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>The chest level was estimated: arms close to the body hid the armpits.</source>
        <translation>El nivel del pecho se ha estimado: los brazos pegados al cuerpo ocultaban las axilas.</translation>
    </message>
    <message>
        <source>The camera angle could not be worked out; lengths assume a level camera.</source>
        <translation>No se ha podido calcular el ángulo de la cámara; las longitudes suponen una cámara nivelada.</translation>
    </message>
    <message>
        <source>The neck girth uses a model for all bodies, so its uncertainty is a little wider.</source>
        <translation>El contorno de cuello usa un modelo para todos los cuerpos, por lo que su incertidumbre es algo mayor.</translation>
    </message>
    <message>
        <source>No gap showed between the legs, so the inside leg was estimated from the hips.</source>
        <translation>No se veía hueco entre las piernas, por lo que la entrepierna se ha estimado a partir de la cadera.</translation>
    </message>
    <message>
        <source>An arm touched the body, so the shoulder width is less sure. Hold the arms slightly away.</source>
        <translation>Un brazo tocaba el cuerpo, por lo que la anchura de hombros es menos segura. Mantenga los brazos un poco separados.</translation>
    </message>
    <message>
        <source>The height was measured from the reference object.</source>
        <translation>La estatura se ha medido a partir del objeto de referencia.</translation>
    </message>
    <message>
        <source>The height you gave and the reference object disagree by over 3 %: check both.</source>
        <translation>La estatura que indicó y el objeto de referencia difieren en más de un 3 %: compruebe ambos.</translation>
    </message>
    <message>
        <source>The clothes&apos; usual allowance was taken off the girths; the +/- includes how much it varies.</source>
        <translation>Se ha descontado de los contornos la holgura habitual de la ropa; el +/- incluye cuánto varía.</translation>
    </message>
    <message>
        <source>The girths use the body&apos;s width seen from every side during the turn.</source>
        <translation>Los contornos usan la anchura del cuerpo vista desde todos los lados durante el giro.</translation>
    </message>
    <message>
        <source>Women&apos;s shoe widths</source>
        <translation>Anchos de calzado de mujer</translation>
    </message>
    <message>
        <source>Women&apos;s swimwear</source>
        <translation>Bañadores de mujer</translation>
    </message>
    <message>
        <source>Women&apos;s tops (petite)</source>
        <translation>Prendas superiores de mujer (petite)</translation>
    </message>
    <message>
        <source>Women&apos;s tops (plus)</source>
        <translation>Prendas superiores de mujer (tallas grandes)</translation>
    </message>
    <message>
        <source>Women&apos;s tops (tall)</source>
        <translation>Prendas superiores de mujer (tall)</translation>
    </message>
    <message>
        <source>Women&apos;s tops (maternity)</source>
        <translation>Prendas superiores de mujer (premamá)</translation>
    </message>
    <message>
        <source>Women&apos;s dresses (plus)</source>
        <translation>Vestidos de mujer (tallas grandes)</translation>
    </message>
    <message>
        <source>Women&apos;s trousers (plus)</source>
        <translation>Pantalones de mujer (tallas grandes)</translation>
    </message>
    <message>
        <source>Men&apos;s tops (tall)</source>
        <translation>Prendas superiores de hombre (tall)</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>Admin PIN</source>
        <translation>PIN de administración</translation>
    </message>
    <message>
        <source>Enter the new PIN again</source>
        <translation>Vuelva a introducir el nuevo PIN</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The two PINs differ. Start again.</source>
        <translation>Los dos PIN no coinciden. Empiece de nuevo.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN incorrecto.</translation>
    </message>
    <message>
        <source>Choose a new admin PIN (%1 to %2 digits)</source>
        <translation>Elija un nuevo PIN de administración (de %1 a %2 dígitos)</translation>
    </message>
    <message>
        <source>No admin PIN is set. Set one in the desktop app (File ▸ Settings) or with “sizer kiosk set-pin”.</source>
        <translation>No hay ningún PIN de administración. Establézcalo en la aplicación de escritorio (Archivo ▸ Ajustes) o con «sizer kiosk set-pin».</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>Demasiados PIN incorrectos. Vuelva a intentarlo dentro de %1 s.</translation>
    </message>
</context>
<context>
    <name>PresetDialog</name>
    <message>
        <source>Amazon: size-chart workbook (XLSX)</source>
        <translation>Amazon: libro de tablas de tallas (XLSX)</translation>
    </message>
    <message>
        <source>Amazon: size attributes of each child listing</source>
        <translation>Amazon: atributos de talla de cada artículo secundario</translation>
    </message>
    <message>
        <source>Google Merchant Center: size feed</source>
        <translation>Google Merchant Center: feed de tallas</translation>
    </message>
    <message>
        <source>Shopify: size-chart metaobjects (JSON)</source>
        <translation>Shopify: metaobjetos de tablas de tallas (JSON)</translation>
    </message>
    <message>
        <source>Shopify: product metafields (CSV)</source>
        <translation>Shopify: metacampos de producto (CSV)</translation>
    </message>
    <message>
        <source>Pictures for Temu, SHEIN, AliExpress (a folder)</source>
        <translation>Imágenes para Temu, SHEIN, AliExpress (una carpeta)</translation>
    </message>
    <message>
        <source>Marketplace files</source>
        <translation>Archivos para marketplaces</translation>
    </message>
    <message>
        <source>as on your Amazon listings</source>
        <translation>como en sus artículos de Amazon</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal:</translation>
    </message>
    <message>
        <source>Amazon &amp;marketplace:</source>
        <translation>&amp;Marketplace de Amazon:</translation>
    </message>
    <message>
        <source>&amp;Brand:</source>
        <translation>Ma&amp;rca:</translation>
    </message>
    <message>
        <source>Google &amp;size system:</source>
        <translation>&amp;Sistema de tallas de Google:</translation>
    </message>
    <message>
        <source>&amp;Picture size:</source>
        <translation>&amp;Tamaño de imagen:</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <source>Which field each file fills, and from what: README, Marketplace presets.</source>
        <translation>Qué campo rellena cada archivo y a partir de qué: README, Marketplace presets.</translation>
    </message>
    <message>
        <source>Amazon keeps one size chart per brand: type the brand.</source>
        <translation>Amazon guarda una tabla de tallas por marca: escriba la marca.</translation>
    </message>
    <message>
        <source>&amp;Language of the texts:</source>
        <translation>&amp;Idioma de los textos:</translation>
    </message>
</context>
<context>
    <name>PresetResultDialog</name>
    <message>
        <source>Marketplace files</source>
        <translation>Archivos para marketplaces</translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s) on what the file holds; read them before you upload it:</source>
        <translation>
            <numerusform>%Ln nota sobre el contenido del archivo; léala antes de subirlo:</numerusform>
            <numerusform>%Ln notas sobre el contenido del archivo; léalas antes de subirlo:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>{low} to {high} cm</source>
        <translation>de {low} a {high} cm</translation>
    </message>
    <message>
        <source>{low} to {high} cm for adults</source>
        <translation>de {low} a {high} cm en adultos</translation>
    </message>
    <message>
        <source>{low} to {high} cm for children</source>
        <translation>de {low} a {high} cm en niños</translation>
    </message>
    <message>
        <source>{value} cm is not a plausible body {dimension}; expected {expected}{hint}</source>
        <translation>{value} cm no es una medida corporal plausible de {dimension}; se esperaba {expected}{hint}</translation>
    </message>
    <message>
        <source>{value} cm is not a plausible garment {dimension} (bodies measure {expected}){hint}</source>
        <translation>{value} cm no es una medida de prenda plausible de {dimension} (el cuerpo mide {expected}){hint}</translation>
    </message>
    <message>
        <source>looks like inches: {typed} in = {cm} cm?</source>
        <translation>¿parecen pulgadas?: {typed} in = {cm} cm</translation>
    </message>
    <message>
        <source>looks like millimetres: {typed} mm = {cm} cm?</source>
        <translation>¿parecen milímetros?: {typed} mm = {cm} cm</translation>
    </message>
    <message>
        <source>looks like centimetres: {typed} cm?</source>
        <translation>¿parecen centímetros?: {typed} cm</translation>
    </message>
    <message>
        <source>; {slip}</source>
        <translation>; {slip}</translation>
    </message>
    <message>
        <source>; {slip} then end the column name in _in ({column})</source>
        <translation>; {slip} En ese caso, termine el nombre de la columna en _in ({column})</translation>
    </message>
    <message>
        <source>; {slip} the column is in cm</source>
        <translation>; {slip} la columna está en cm</translation>
    </message>
    <message>
        <source>; {slip} then drop the _in from the column name</source>
        <translation>; {slip} En ese caso, quite el _in del nombre de la columna</translation>
    </message>
    <message>
        <source>a measurement goes inside measurements_cm, e.g. {&quot;measurements_cm&quot;: {&quot;{key}&quot;: ...}}</source>
        <translation>una medida va dentro de measurements_cm, p. ej. {&quot;measurements_cm&quot;: {&quot;{key}&quot;: ...}}</translation>
    </message>
    <message>
        <source>unknown profile key {key}; did you mean {hint} inside measurements_cm?</source>
        <translation>clave de perfil desconocida {key}; ¿quería decir {hint} dentro de measurements_cm?</translation>
    </message>
    <message>
        <source>size {label}: {value} cm is not a plausible body {dimension}; expected {expected}{hint}</source>
        <translation>talla {label}: {value} cm no es una medida corporal plausible de {dimension}; se esperaba {expected}{hint}</translation>
    </message>
    <message>
        <source> (import the other rows with --accept-valid-rows)</source>
        <translation> (importe las demás filas con --accept-valid-rows)</translation>
    </message>
    <message>
        <source>{reason} (also rows {rows})</source>
        <translation>{reason} (también en las filas {rows})</translation>
    </message>
    <message>
        <source>{reason} (also rows {rows} and {more} more)</source>
        <translation>{reason} (también en las filas {rows} y {more} más)</translation>
    </message>
    <message>
        <source>{value} (row {row})</source>
        <translation>{value} (fila {row})</translation>
    </message>
    <message>
        <source>{values} and {more} more</source>
        <translation>{values} y {more} más</translation>
    </message>
    <message>
        <source> (did you mean {suggestions}?)</source>
        <translation> (¿quiso decir {suggestions}?)</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} o {second}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>fila {row}</translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation>columna {column}</translation>
    </message>
    <message>
        <source>unknown catalogue format {suffix}; valid: {valid}</source>
        <translation>formato de catálogo desconocido {suffix}; valores válidos: {valid}</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>no se encuentra el archivo</translation>
    </message>
    <message>
        <source>cannot read the file: {detail}</source>
        <translation>no se puede leer el archivo: {detail}</translation>
    </message>
    <message>
        <source>is a folder; give a catalogue file (.csv or .xlsx)</source>
        <translation>es una carpeta; indique un archivo de catálogo (.csv o .xlsx)</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe or a device); give a catalogue file (.csv or .xlsx)</source>
        <translation>no es un archivo normal (es una tubería o un dispositivo); indique un archivo de catálogo (.csv o .xlsx)</translation>
    </message>
    <message>
        <source>the file is larger than {limit_gb} GB; split the catalogue</source>
        <translation>el archivo ocupa más de {limit_gb} GB; divida el catálogo</translation>
    </message>
    <message>
        <source>the file is empty; expected a header row</source>
        <translation>el archivo está vacío; se esperaba una fila de encabezado</translation>
    </message>
    <message>
        <source>malformed CSV: {detail}</source>
        <translation>CSV mal formado: {detail}</translation>
    </message>
    <message>
        <source>not a readable XLSX workbook ({detail})</source>
        <translation>no es un libro XLSX legible ({detail})</translation>
    </message>
    <message>
        <source>not an XLSX workbook (no xl/workbook.xml); save it from Excel or LibreOffice as .xlsx</source>
        <translation>no es un libro XLSX (falta xl/workbook.xml); guárdelo desde Excel o LibreOffice como .xlsx</translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <translation>el libro no tiene hojas</translation>
    </message>
    <message>
        <source>every sheet of the workbook is hidden; unhide the catalogue sheet in Excel and save again</source>
        <translation>todas las hojas del libro están ocultas; muestre la hoja del catálogo en Excel y vuelva a guardar</translation>
    </message>
    <message>
        <source>a formula ({formula}) without a saved value; open the file in Excel or LibreOffice and save it again, or type the value itself</source>
        <translation>una fórmula ({formula}) sin valor guardado; abra el archivo en Excel o LibreOffice y vuelva a guardarlo, o escriba el propio valor</translation>
    </message>
    <message>
        <source>a reference to shared text {value} that the workbook does not have</source>
        <translation>una referencia al texto compartido {value}, que el libro no contiene</translation>
    </message>
    <message>
        <source>the spreadsheet error {value}; fix the formula or type the value</source>
        <translation>el error de hoja de cálculo {value}; corrija la fórmula o escriba el valor</translation>
    </message>
    <message>
        <source>a date ({date}); Excel turns values such as 9-10 into dates: format the column as Text and type the value again</source>
        <translation>una fecha ({date}); Excel convierte valores como 9-10 en fechas: dé a la columna el formato Texto y vuelva a escribir el valor</translation>
    </message>
    <message>
        <source>a text of {length} characters, more than a cell holds ({limit})</source>
        <translation>un texto de {length} caracteres, más de lo que cabe en una celda ({limit})</translation>
    </message>
    <message>
        <source>a header cell holds {reason}</source>
        <translation>una celda del encabezado contiene {reason}</translation>
    </message>
    <message>
        <source>... and {count} more</source>
        <translation>... y {count} más</translation>
    </message>
    <message>
        <source>no valid rows</source>
        <translation>no hay filas válidas</translation>
    </message>
    <message>
        <source>no data rows under the header</source>
        <translation>no hay filas de datos bajo el encabezado</translation>
    </message>
    <message>
        <source>unknown column {column}{did_you_mean}; valid: {fields}, &lt;dimension&gt;_min, &lt;dimension&gt;_max, garment_&lt;dimension&gt; (add _in for inches) with &lt;dimension&gt; one of {dimensions}</source>
        <translation>columna desconocida {column}{did_you_mean}; valores válidos: {fields}, &lt;dimension&gt;_min, &lt;dimension&gt;_max, garment_&lt;dimension&gt; (añada _in para pulgadas), con &lt;dimension&gt; una de {dimensions}</translation>
    </message>
    <message>
        <source>no ease is defined for garment {dimension}, so it cannot become a body range; give {dimension}_min/_max instead, or use garment_ with one of {dimensions}</source>
        <translation>no hay holgura definida para la medida de prenda {dimension}, por lo que no puede convertirse en un intervalo corporal; indique en su lugar {dimension}_min/_max, o use garment_ con una de {dimensions}</translation>
    </message>
    <message>
        <source>the same column as {column}; keep one</source>
        <translation>la misma columna que {column}; conserve una</translation>
    </message>
    <message>
        <source>required column missing; a catalogue needs {columns}</source>
        <translation>falta una columna obligatoria; un catálogo necesita {columns}</translation>
    </message>
    <message>
        <source>empty; every row needs a listing_id, title, category and size_label</source>
        <translation>vacío; cada fila necesita listing_id, title, category y size_label</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <source>unknown {kind} {value}{did_you_mean}; valid: {choices}</source>
        <translation>no se reconoce {value} como {kind}{did_you_mean}; valores válidos: {choices}</translation>
    </message>
    <message>
        <source>unknown {kind} {value}{did_you_mean}
valid {kinds}: {choices}</source>
        <translation>no se reconoce {value} como {kind}{did_you_mean}
{kinds} posibles: {choices}</translation>
    </message>
    <message>
        <source>{choices}, ... ({count} in all)</source>
        <translation>{choices}, ... ({count} en total)</translation>
    </message>
    <message>
        <source>listing {listing} has no sizes</source>
        <translation>el artículo {listing} no tiene tallas</translation>
    </message>
    <message>
        <source>{reason}; or leave it empty for the brand&apos;s own labels</source>
        <translation>{reason}; o déjelo vacío para las tallas propias de la marca</translation>
    </message>
    <message>
        <source>a row without measurements refers to the standard chart of its category, so it needs the label&apos;s size system; valid: {systems}</source>
        <translation>una fila sin medidas remite a la tabla estándar de su categoría, por lo que necesita el sistema de tallas de la etiqueta; valores válidos: {systems}</translation>
    </message>
    <message>
        <source>differs from row {row} of listing {listing} ({value}); every row of a listing gives the same {field}</source>
        <translation>difiere de la fila {row} del artículo {listing} ({value}); todas las filas de un artículo indican el mismo {field}</translation>
    </message>
    <message>
        <source>listing {listing} already has size {label}; each label once</source>
        <translation>el artículo {listing} ya tiene la talla {label}; cada talla solo una vez</translation>
    </message>
    <message>
        <source>{value} is not a number; expected cm, e.g. 92.5</source>
        <translation>{value} no es un número; se esperaban cm, p. ej., 92.5</translation>
    </message>
    <message>
        <source>{value} is not a number; expected inches, e.g. 92.5</source>
        <translation>{value} no es un número; se esperaban pulgadas, p. ej., 92.5</translation>
    </message>
    <message>
        <source>{value} is not a length; expected a positive number</source>
        <translation>{value} no es una longitud; se esperaba un número positivo</translation>
    </message>
    <message>
        <source>give either garment_{dimension} or {dimension}_min/_max in a row, not both</source>
        <translation>indique en una fila garment_{dimension} o {dimension}_min/_max, no ambos</translation>
    </message>
    <message>
        <source>{value} cm is not a plausible garment {dimension} (bodies measure {low} to {high} cm){hint}</source>
        <translation>{value} cm no es un valor de prenda plausible para {dimension} (los cuerpos miden de {low} a {high} cm){hint}</translation>
    </message>
    <message>
        <source>{value} cm is not a plausible body {dimension}; expected {low} to {high} cm{hint}</source>
        <translation>{value} cm no es un valor corporal plausible para {dimension}; se esperaba de {low} a {high} cm{hint}</translation>
    </message>
    <message>
        <source>; is it in cm? then drop the _in from the column name</source>
        <translation>; ¿está en cm? Entonces quite el _in del nombre de la columna</translation>
    </message>
    <message>
        <source>; if the values are inches, end the column name in _in (e.g. chest_girth_min_in)</source>
        <translation>; si los valores están en pulgadas, termine el nombre de la columna en _in (p. ej., chest_girth_min_in)</translation>
    </message>
    <message>
        <source>the minimum {low} cm is above the maximum {high} cm; swap them</source>
        <translation>el mínimo de {low} cm es mayor que el máximo de {high} cm; intercámbielos</translation>
    </message>
    <message>
        <source>an open-ended size from {low} cm cannot reach the plausible maximum {high} cm of {dimension}; give {dimension}_max too</source>
        <translation>una talla abierta desde {low} cm no puede llegar al máximo plausible de {high} cm para {dimension}; indique también {dimension}_max</translation>
    </message>
    <message>
        <source>a size up to {high} cm lies below the plausible minimum {low} cm of {dimension}; give {dimension}_min too</source>
        <translation>una talla de hasta {high} cm queda por debajo del mínimo plausible de {low} cm para {dimension}; indique también {dimension}_min</translation>
    </message>
    <message>
        <source>{path}: the column mapping is not complete:
  {problems}</source>
        <translation>{path}: la asignación de columnas no está completa:
  {problems}</translation>
    </message>
    <message>
        <source>the mapping&apos;s header row is not in the file</source>
        <translation>la fila de encabezado de la asignación no está en el archivo</translation>
    </message>
    <message>
        <source>the mapping names columns this file does not have; map this file&apos;s columns again</source>
        <translation>la asignación nombra columnas que este archivo no tiene; vuelva a asignar las columnas de este archivo</translation>
    </message>
    <message>
        <source>no option of this product is a size ({options}); name the size option Size, or map the size column</source>
        <translation>ninguna opción de este producto es una talla ({options}); llame Size a la opción de talla, o asigne la columna de talla</translation>
    </message>
    <message>
        <source>no option names</source>
        <translation>no hay nombres de opción</translation>
    </message>
    <message>
        <source>{value} is not a measurement; write one number or a range such as 86-90</source>
        <translation>{value} no es una medida; escriba un número o un intervalo como 86-90</translation>
    </message>
    <message>
        <source>the sizes of listing {listing} are labels of more than one {category} size system ({systems}), which fit different bodies; give the size system in a column (e.g. a Size system metafield) or set it for every row in the mapping</source>
        <translation>las tallas del producto {listing} son etiquetas de más de un sistema de tallas de {category} ({systems}), que corresponden a cuerpos distintos; indica el sistema de tallas en una columna (p. ej., un metacampo Size system) o fíjalo para todas las filas en la asignación</translation>
    </message>
    <message>
        <source>{path}: cannot be written: {detail}</source>
        <translation>{path}: no se puede escribir: {detail}</translation>
    </message>
    <message>
        <source>{dimension} {typed} is not a plausible body measurement for {chart}; expected {expected}{hint}</source>
        <translation>{dimension} {typed} no es una medida corporal plausible para {chart}; se esperaba {expected}{hint}</translation>
    </message>
    <message>
        <source>--category is required (or --chart-file); categories: {categories}</source>
        <translation>se necesita --category (o --chart-file); categorías: {categories}</translation>
    </message>
    <message>
        <source>--category is required (or --chart-file); {system} {label} is a size of {matches}
all categories: {categories}</source>
        <translation>se necesita --category (o --chart-file); {system} {label} es una talla de {matches}
todas las categorías: {categories}</translation>
    </message>
    <message>
        <source>{path}: a {channel} file is written as {suffixes}, not {suffix}; end the file name in one of these</source>
        <translation>{path}: un archivo {channel} se escribe como {suffixes}, no {suffix}; termine el nombre del archivo en una de estas extensiones</translation>
    </message>
    <message>
        <source>{path} is one picture, but the {count} listings make {count} pictures: write them to a folder, or choose one listing</source>
        <translation>{path} es una sola imagen, pero los {count} productos dan {count} imágenes: guárdelas en una carpeta o elija un solo producto</translation>
    </message>
    <message>
        <source>{path}: the pictures go in a folder, and this is a file; give a folder, or a .png or .jpg name for the picture of one listing</source>
        <translation>{path}: las imágenes van en una carpeta y esto es un archivo; indique una carpeta, o un nombre .png o .jpg para la imagen de un solo producto</translation>
    </message>
    <message>
        <source>{path}: is a folder; give a file name inside it</source>
        <translation>{path}: es una carpeta; indique un nombre de archivo dentro de ella</translation>
    </message>
    <message>
        <source>{path}: is not a regular file (a pipe or a device); give a file name</source>
        <translation>{path}: no es un archivo normal (es una tubería o un dispositivo); indique un nombre de archivo</translation>
    </message>
    <message>
        <source>{path}: the file is read-only; it was not replaced. Make it writable or save under another name</source>
        <translation>{path}: el archivo es de solo lectura; no se ha sustituido. Hágalo modificable o guárdelo con otro nombre</translation>
    </message>
    <message>
        <source>{path}: the folder {folder} does not exist</source>
        <translation>{path}: la carpeta {folder} no existe</translation>
    </message>
    <message>
        <source>{path}: {folder} exists but is not a folder</source>
        <translation>{path}: {folder} existe, pero no es una carpeta</translation>
    </message>
    <message>
        <source>{path}: the disk is full; nothing was written and any previous file is unchanged</source>
        <translation>{path}: el disco está lleno; no se ha escrito nada y el archivo anterior, si lo hay, no ha cambiado</translation>
    </message>
    <message>
        <source>{path}: permission denied; save somewhere you may write</source>
        <translation>{path}: permiso denegado; guarde en un lugar donde pueda escribir</translation>
    </message>
    <message>
        <source>{path}: the disk is read-only; save somewhere else</source>
        <translation>{path}: el disco es de solo lectura; guarde en otro lugar</translation>
    </message>
    <message>
        <source>{path}: no temporary file name is free in {folder}</source>
        <translation>{path}: no queda libre ningún nombre de archivo temporal en {folder}</translation>
    </message>
    <message>
        <source>a profile is a JSON object with &apos;measurements_cm&apos;</source>
        <translation>un perfil es un objeto JSON con &apos;measurements_cm&apos;</translation>
    </message>
    <message>
        <source>missing or empty; expected e.g. {&quot;chest_girth&quot;: 96, &quot;waist_girth&quot;: 82}</source>
        <translation>falta o está vacío; se esperaba, p. ej., {&quot;chest_girth&quot;: 96, &quot;waist_girth&quot;: 82}</translation>
    </message>
    <message>
        <source>expected a list of strings</source>
        <translation>se esperaba una lista de cadenas de texto</translation>
    </message>
    <message>
        <source>{value} is not one of {choices}</source>
        <translation>{value} no es uno de {choices}</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe or a device), not a body profile: give a profile .json file</source>
        <translation>no es un archivo normal (es una tubería o un dispositivo), no un perfil corporal: indique un archivo de perfil .json</translation>
    </message>
    <message>
        <source>is a folder, not a profile file</source>
        <translation>es una carpeta, no un archivo de perfil</translation>
    </message>
    <message>
        <source>cannot be read ({detail})</source>
        <translation>no se puede leer ({detail})</translation>
    </message>
    <message>
        <source>larger than {kb} KB: not a body profile (save one with `sizer measure --json` or the Measure page)</source>
        <translation>mayor de {kb} KB: no es un perfil corporal (guarde uno con `sizer measure --json` o en la página Medir)</translation>
    </message>
    <message>
        <source>not UTF-8 text ({detail})</source>
        <translation>no es texto UTF-8 ({detail})</translation>
    </message>
    <message>
        <source>not valid JSON ({detail})</source>
        <translation>no es JSON válido ({detail})</translation>
    </message>
    <message>
        <source>not a profile: the JSON is nested too deeply</source>
        <translation>no es un perfil: el JSON tiene demasiados niveles de anidamiento</translation>
    </message>
    <message>
        <source>{name} is not a number of centimetres (expected a plain decimal such as 82.5)</source>
        <translation>{name} no es un número de centímetros (se esperaba un decimal simple como 82.5)</translation>
    </message>
    <message>
        <source>{token} is not a plausible number of centimetres (expected a plain decimal such as 82.5)</source>
        <translation>{token} no es un número de centímetros plausible (se esperaba un decimal simple como 82.5)</translation>
    </message>
    <message>
        <source>expected an object of dimension: centimetres</source>
        <translation>se esperaba un objeto de medida: centímetros</translation>
    </message>
    <message>
        <source>expected a number of cm, got {value}</source>
        <translation>se esperaba un número de cm; se ha recibido {value}</translation>
    </message>
    <message>
        <source>an uncertainty cannot be negative</source>
        <translation>una incertidumbre no puede ser negativa</translation>
    </message>
    <message>
        <source>an uncertainty of {value} cm says nothing; expected 0 to {high} cm</source>
        <translation>una incertidumbre de {value} cm no aporta nada; se esperaba de 0 a {high} cm</translation>
    </message>
    <message>
        <source>listing {listing}: a title cannot be empty</source>
        <translation>artículo {listing}: el título no puede estar vacío</translation>
    </message>
    <message>
        <source>listing {listing}: {value} is not a size system of {category}; valid: {systems}, or empty for the brand&apos;s own labels</source>
        <translation>artículo {listing}: {value} no es un sistema de tallas de {category}; valores válidos: {systems}, o vacío para las tallas propias de la marca</translation>
    </message>
    <message>
        <source>listing {listing}: its sizes are labels of the {system} chart, so the system cannot change here; give the sizes&apos; measurements in the file instead</source>
        <translation>artículo {listing}: sus tallas son etiquetas de la tabla {system}, por lo que el sistema no puede cambiarse aquí; indique en su lugar las medidas de las tallas en el archivo</translation>
    </message>
    <message>
        <source>size {label}: its ranges come from a chart or from garment measurements</source>
        <translation>talla {label}: sus intervalos proceden de una tabla o de medidas de la prenda</translation>
    </message>
    <message>
        <source>size {label}: {value} cm is not a plausible body {dimension}; expected {low} to {high} cm</source>
        <translation>talla {label}: {value} cm no es un valor corporal plausible para {dimension}; se esperaba de {low} a {high} cm</translation>
    </message>
    <message>
        <source>size {label}: the minimum {low} cm must stay below the maximum {high} cm</source>
        <translation>talla {label}: el mínimo de {low} cm debe quedar por debajo del máximo de {high} cm</translation>
    </message>
    <message>
        <source>the sheet is empty</source>
        <translation>la hoja está vacía</translation>
    </message>
    <message>
        <source>no measurement found: expected headers such as Chest, Waist, Hip, Inseam (or 胸围, 腰围, 臀围) beside the size labels</source>
        <translation>no se ha encontrado ninguna medida: se esperaban encabezados como Chest, Waist, Hip, Inseam (o 胸围, 腰围, 臀围) junto a las etiquetas de talla</translation>
    </message>
    <message>
        <source>no size labels found: expected a column (or row) of sizes such as Size, US, UK, EU</source>
        <translation>no se han encontrado etiquetas de talla: se esperaba una columna (o fila) de tallas como Size, US, UK, EU</translation>
    </message>
    <message>
        <source>no sizes under the header</source>
        <translation>no hay tallas bajo el encabezado</translation>
    </message>
    <message>
        <source>the chart has no {system} labels; it has {systems}</source>
        <translation>la tabla no tiene etiquetas {system}; tiene {systems}</translation>
    </message>
    <message>
        <source>no ease is known for garment {dimensions}, so Sizer cannot tell the body they fit; import a body-measurement chart, or one with {known}</source>
        <translation>no se conoce la holgura para las medidas de prenda {dimensions}, por lo que Sizer no puede saber a qué cuerpo se ajustan; importe una tabla de medidas corporales, o una con {known}</translation>
    </message>
    <message>
        <source>size {label} appears twice in the chart&apos;s {system} labels</source>
        <translation>la talla {label} aparece dos veces en las etiquetas {system} de la tabla</translation>
    </message>
    <message>
        <source>the chart has no sizes with {system} labels</source>
        <translation>la tabla no tiene tallas con etiquetas {system}</translation>
    </message>
    <message>
        <source>chart id {chart_id}: lower-case letters, digits and _ only</source>
        <translation>id. de tabla {chart_id}: solo letras minúsculas, dígitos y _</translation>
    </message>
    <message>
        <source>a garment chart becomes body ranges through a category&apos;s ease: give its category</source>
        <translation>una tabla de prenda se convierte en intervalos corporales mediante la holgura de una categoría: indique su categoría</translation>
    </message>
    <message>
        <source>{label}: no such file</source>
        <translation>{label}: el archivo no existe</translation>
    </message>
    <message>
        <source>Give the path of a JPEG or PNG photo.</source>
        <translation>Indique la ruta de una foto JPEG o PNG.</translation>
    </message>
    <message>
        <source>{label}: the file is empty</source>
        <translation>{label}: el archivo está vacío</translation>
    </message>
    <message>
        <source>Take or export the photo again.</source>
        <translation>Vuelva a hacer o a exportar la foto.</translation>
    </message>
    <message>
        <source>{label}: the file is {mb} MB, too large</source>
        <translation>{label}: el archivo ocupa {mb} MB; es demasiado grande</translation>
    </message>
    <message>
        <source>Use a normal camera photo (JPEG or PNG under 80 MB).</source>
        <translation>Use una foto normal de cámara (JPEG o PNG de menos de 80 MB).</translation>
    </message>
    <message>
        <source>{label}: {width}x{height} pixels is too large</source>
        <translation>{label}: {width}x{height} píxeles es un tamaño demasiado grande</translation>
    </message>
    <message>
        <source>Use a photo of at most 64 megapixels.</source>
        <translation>Use una foto de 64 megapíxeles como máximo.</translation>
    </message>
    <message>
        <source>{label}: not a readable image</source>
        <translation>{label}: no es una imagen legible</translation>
    </message>
    <message>
        <source>Use a JPEG or PNG photo (8-bit colour).</source>
        <translation>Use una foto JPEG o PNG (color de 8 bits).</translation>
    </message>
    <message>
        <source>{label}: {bits}-bit image</source>
        <translation>{label}: imagen de {bits} bits</translation>
    </message>
    <message>
        <source>Export the photo as an ordinary 8-bit JPEG or PNG.</source>
        <translation>Exporte la foto como un JPEG o PNG normal de 8 bits.</translation>
    </message>
    <message>
        <source>{label}: a greyscale image</source>
        <translation>{label}: una imagen en escala de grises</translation>
    </message>
    <message>
        <source>Use a colour photo: the person is found by colour against the background.</source>
        <translation>Use una foto en color: la persona se distingue del fondo por el color.</translation>
    </message>
    <message>
        <source>{label}: {width}x{height} pixels is too small</source>
        <translation>{label}: {width}x{height} píxeles es un tamaño demasiado pequeño</translation>
    </message>
    <message>
        <source>Use a photo at least {pixels} pixels on its short side.</source>
        <translation>Use una foto de al menos {pixels} píxeles en su lado corto.</translation>
    </message>
    <message>
        <source>{label}: a CMYK (print) image</source>
        <translation>{label}: una imagen CMYK (de imprenta)</translation>
    </message>
    <message>
        <source>Export the photo in RGB colour (as a camera saves it).</source>
        <translation>Exporte la foto en color RGB (como la guarda una cámara).</translation>
    </message>
    <message>
        <source>cannot open {what}</source>
        <translation>no se puede abrir {what}</translation>
    </message>
    <message>
        <source>camera {number} (device {index})</source>
        <translation>la cámara {number} (dispositivo {index})</translation>
    </message>
    <message>
        <source>video {path}</source>
        <translation>el vídeo {path}</translation>
    </message>
    <message>
        <source>Check that it exists and no other program is using it.</source>
        <translation>Compruebe que existe y que ningún otro programa la está usando.</translation>
    </message>
    <message>
        <source>{path}: no such video file</source>
        <translation>{path}: el archivo de vídeo no existe</translation>
    </message>
    <message>
        <source>Give the path of a video file.</source>
        <translation>Indique la ruta de un archivo de vídeo.</translation>
    </message>
    <message>
        <source>{folder}: no images found</source>
        <translation>{folder}: no se han encontrado imágenes</translation>
    </message>
    <message>
        <source>Put {suffixes} files in it.</source>
        <translation>Ponga en ella archivos {suffixes}.</translation>
    </message>
    <message>
        <source>{path}: cannot measure this {view} photo ({reasons})</source>
        <translation>{path}: no se puede medir esta foto {view} ({reasons})</translation>
    </message>
    <message>
        <source>front</source>
        <translation>de frente</translation>
    </message>
    <message>
        <source>side</source>
        <translation>de perfil</translation>
    </message>
    <message>
        <source>a stature of {stature} cm is not plausible</source>
        <translation>una estatura de {stature} cm no es plausible</translation>
    </message>
    <message>
        <source>Give the height in centimetres, {low} to {high}.</source>
        <translation>Indique la estatura en centímetros, de {low} a {high}.</translation>
    </message>
    <message>
        <source>the person&apos;s height is needed for the scale</source>
        <translation>se necesita la estatura de la persona para la escala</translation>
    </message>
    <message>
        <source>Give the height in cm, or hold a printed marker or ID card in the front photo.</source>
        <translation>Indique la estatura en cm, o sostenga un marcador impreso o un documento de identidad en la foto de frente.</translation>
    </message>
    <message>
        <source>the {reference} gives an implausible height ({height} cm)</source>
        <translation>el {reference} da una estatura no plausible ({height} cm)</translation>
    </message>
    <message>
        <source>Hold it flat on your stomach, facing the camera, and check its printed size.</source>
        <translation>Sosténgalo plano sobre el abdomen, de cara a la cámara, y compruebe su tamaño impreso.</translation>
    </message>
    <message>
        <source>printed marker</source>
        <translation>marcador impreso</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>documento de identidad</translation>
    </message>
    <message>
        <source>the photos gave an implausible {dimension} ({value} cm)</source>
        <translation>las fotos han dado un valor no plausible para {dimension} ({value} cm)</translation>
    </message>
    <message>
        <source>Retake both photos: whole body in view, plain background, tight clothes, arms slightly away.</source>
        <translation>Repita las dos fotos: el cuerpo entero a la vista, fondo liso, ropa ceñida y los brazos un poco separados.</translation>
    </message>
    <message>
        <source>loose clothes: the girths cannot be measured</source>
        <translation>ropa holgada: no se pueden medir los contornos</translation>
    </message>
    <message>
        <source>Loose clothes hide the body&apos;s shape, so the girths would read several centimetres too big. Change into a fitted top and leggings (or underwear) and measure again, or measure with a tape following the illustrated measuring guide.</source>
        <translation>La ropa holgada oculta la forma del cuerpo, por lo que los contornos saldrían varios centímetros demasiado grandes. Póngase una prenda superior ajustada y mallas (o ropa interior) y vuelva a medir, o mida con una cinta siguiendo la guía de medición ilustrada.</translation>
    </message>
    <message>
        <source>the silhouette shows loose clothing (a hem, a waist as deep as the chest)</source>
        <translation>la silueta muestra ropa holgada (un bajo, una cintura tan profunda como el pecho)</translation>
    </message>
    <message>
        <source>the capture is not finished</source>
        <translation>la captura no ha terminado</translation>
    </message>
    <message>
        <source>Hold still facing the camera, then side-on ({step} now).</source>
        <translation>Permanezca inmóvil de frente a la cámara y después de perfil (paso actual: {step}).</translation>
    </message>
    <message>
        <source>facing the camera</source>
        <translation>de frente a la cámara</translation>
    </message>
    <message>
        <source>turning</source>
        <translation>girando</translation>
    </message>
    <message>
        <source>side-on</source>
        <translation>de perfil</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>the torso could not be traced in the photos</source>
        <translation>no se ha podido trazar el torso en las fotos</translation>
    </message>
    <message>
        <source>Stand against a plain background, arms slightly away from the body.</source>
        <translation>Colóquese delante de un fondo liso, con los brazos un poco separados del cuerpo.</translation>
    </message>
    <message>
        <source>the front view is turned {degrees} degrees from the camera</source>
        <translation>la vista de frente está girada {degrees} grados respecto a la cámara</translation>
    </message>
    <message>
        <source>Face the camera squarely for the front view (feet and shoulders square to it).</source>
        <translation>Para la vista de frente, colóquese justo de frente a la cámara (con los pies y los hombros de cara a ella).</translation>
    </message>
    <message>
        <source>the side view is {degrees} degrees off side-on</source>
        <translation>la vista de perfil se desvía {degrees} grados del perfil exacto</translation>
    </message>
    <message>
        <source>Turn exactly a quarter turn for the side view: one shoulder pointing at the camera.</source>
        <translation>Para la vista de perfil, gire exactamente un cuarto de vuelta: un hombro apuntando a la cámara.</translation>
    </message>
    <message>
        <source>the {girth} read {value} cm where the other girths of a real body would put it near {predicted} cm</source>
        <translation>para {girth} se han medido {value} cm, cuando los demás contornos de un cuerpo real lo situarían cerca de {predicted} cm</translation>
    </message>
    <message>
        <source>Measure again: face the camera squarely, then turn exactly side-on; arms a hand&apos;s width from the body; fitted clothes; the camera at chest height, 2-3 m away.</source>
        <translation>Vuelva a medir: colóquese justo de frente a la cámara y después gírese exactamente de perfil; los brazos, a un palmo del cuerpo; ropa ajustada; la cámara, a la altura del pecho y a 2-3 m.</translation>
    </message>
    <message>
        <source>{what} was not found in the front photo</source>
        <translation>no se ha encontrado {what} en la foto de frente</translation>
    </message>
    <message>
        <source>the printed marker</source>
        <translation>el marcador impreso</translation>
    </message>
    <message>
        <source>an ID card (85.6 x 54 mm)</source>
        <translation>un documento de identidad (85,6 x 54 mm)</translation>
    </message>
    <message>
        <source>Hold it flat against your stomach, facing the camera, fully visible and unbent.</source>
        <translation>Sosténgalo plano contra el abdomen, de cara a la cámara, totalmente visible y sin doblar.</translation>
    </message>
    <message>
        <source>No person was found. Stand 2-3 m from the camera, in good light, against a plain wall.</source>
        <translation>No se ha encontrado a ninguna persona. Colóquese a 2-3 m de la cámara, con buena luz y delante de una pared lisa.</translation>
    </message>
    <message>
        <source>More than one person is in the picture. Only the person to be measured may be in view.</source>
        <translation>Hay más de una persona en la imagen. Solo puede verse la persona que se va a medir.</translation>
    </message>
    <message>
        <source>The whole body must be in the picture, from the top of the head to the feet, with a little space around it. Step back or lower the zoom.</source>
        <translation>El cuerpo entero debe salir en la imagen, desde lo alto de la cabeza hasta los pies, con un poco de espacio alrededor. Retroceda o reduzca el zoom.</translation>
    </message>
    <message>
        <source>The person is too small in the picture. Step closer: the body should fill at least half of the picture&apos;s height.</source>
        <translation>La persona sale demasiado pequeña en la imagen. Acérquese: el cuerpo debe ocupar al menos la mitad de la altura de la imagen.</translation>
    </message>
    <message>
        <source>The person is too close. Step back until there is space above the head and below the feet.</source>
        <translation>La persona está demasiado cerca. Retroceda hasta que quede espacio por encima de la cabeza y por debajo de los pies.</translation>
    </message>
    <message>
        <source>Stand upright, feet slightly apart, looking ahead (not seated or bending).</source>
        <translation>Póngase de pie con la espalda recta, los pies un poco separados y la mirada al frente (sin sentarse ni inclinarse).</translation>
    </message>
    <message>
        <source>This is not a front view. Face the camera squarely for the front photo.</source>
        <translation>Esta no es una vista de frente. Colóquese justo de frente a la cámara para la foto de frente.</translation>
    </message>
    <message>
        <source>This is not a side view. Turn 90 degrees so that your side faces the camera.</source>
        <translation>Esta no es una vista de perfil. Gírese 90 grados para que su costado quede de cara a la cámara.</translation>
    </message>
    <message>
        <source>The person faces away from the camera. Face the camera for the front photo.</source>
        <translation>La persona está de espaldas a la cámara. Póngase de cara a la cámara para la foto de frente.</translation>
    </message>
    <message>
        <source>Hold the arms slightly away from the body (a hand&apos;s width), so the waist shows.</source>
        <translation>Mantenga los brazos un poco separados del cuerpo (un palmo), para que se vea la cintura.</translation>
    </message>
    <message>
        <source>The picture is too dark. Turn on more light, facing the person.</source>
        <translation>La imagen está demasiado oscura. Encienda más luz, de cara a la persona.</translation>
    </message>
    <message>
        <source>The picture is overexposed. Avoid a window or a lamp behind or straight at the person.</source>
        <translation>La imagen está sobreexpuesta. Evite una ventana o una lámpara detrás de la persona o que la ilumine directamente.</translation>
    </message>
    <message>
        <source>no person</source>
        <translation>ninguna persona</translation>
    </message>
    <message>
        <source>several people</source>
        <translation>varias personas</translation>
    </message>
    <message>
        <source>body cut off</source>
        <translation>cuerpo cortado</translation>
    </message>
    <message>
        <source>too far</source>
        <translation>demasiado lejos</translation>
    </message>
    <message>
        <source>too close</source>
        <translation>demasiado cerca</translation>
    </message>
    <message>
        <source>not upright</source>
        <translation>postura no erguida</translation>
    </message>
    <message>
        <source>expected front</source>
        <translation>se esperaba vista de frente</translation>
    </message>
    <message>
        <source>expected side</source>
        <translation>se esperaba vista de perfil</translation>
    </message>
    <message>
        <source>facing away</source>
        <translation>de espaldas</translation>
    </message>
    <message>
        <source>arms against body</source>
        <translation>brazos pegados al cuerpo</translation>
    </message>
    <message>
        <source>too dark</source>
        <translation>demasiado oscuro</translation>
    </message>
    <message>
        <source>too bright</source>
        <translation>demasiada luz</translation>
    </message>
    <message>
        <source>empty; expected a whole number</source>
        <translation>vacío; se esperaba un número entero</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} no es un número entero</translation>
    </message>
    <message>
        <source>{value} is below {minimum}; expected a whole number of at least {minimum}</source>
        <translation>{value} es menor que {minimum}; se esperaba un número entero de al menos {minimum}</translation>
    </message>
    <message>
        <source>empty; expected a date such as 2024-03-05, 2024-03-05 10:11:12, 05-03-2024 or 05.03.2024</source>
        <translation>vacío; se esperaba una fecha como 2024-03-05, 2024-03-05 10:11:12, 05-03-2024 o 05.03.2024</translation>
    </message>
    <message>
        <source>{value} is not a date such as 2024-03-05, 2024-03-05 10:11:12, 05-03-2024 or 05.03.2024</source>
        <translation>{value} no es una fecha como 2024-03-05, 2024-03-05 10:11:12, 05-03-2024 o 05.03.2024</translation>
    </message>
    <message>
        <source>empty; every line needs its listing</source>
        <translation>vacío; cada línea necesita su artículo</translation>
    </message>
    <message>
        <source>listing {listing} is not in the catalogue{did_you_mean}</source>
        <translation>el artículo {listing} no está en el catálogo{did_you_mean}</translation>
    </message>
    <message>
        <source>{value} is not a size of {listing}; valid: {labels}</source>
        <translation>{value} no es una talla de {listing}; valores válidos: {labels}</translation>
    </message>
    <message>
        <source>{returned} returned of {sold} sold; no more can come back than were sold</source>
        <translation>{returned} devueltas de {sold} vendidas; como máximo puede devolverse la cantidad vendida</translation>
    </message>
    <message>
        <source>no order lines under the header</source>
        <translation>no hay líneas de pedido bajo el encabezado</translation>
    </message>
    <message>
        <source>empty; every line needs its order</source>
        <translation>vacío; cada línea necesita su pedido</translation>
    </message>
    <message>
        <source>unknown orders layout {layout}; valid: {layouts}</source>
        <translation>disposición de pedidos desconocida {layout}; valores válidos: {layouts}</translation>
    </message>
    <message>
        <source>the columns are not Sizer&apos;s, Shopify&apos;s or Amazon&apos;s: map them once (sizer returns analyse --map FIELD=COLUMN ..., or the column dialog in the app) with FIELD one of {fields}; required: {required}. The file&apos;s columns: {columns}</source>
        <translation>las columnas no son las de Sizer, Shopify ni Amazon: asígnelas una vez (sizer returns analyse --map FIELD=COLUMN ... o el diálogo de columnas de la aplicación), con FIELD uno de {fields}; obligatorios: {required}. Columnas del archivo: {columns}</translation>
    </message>
    <message>
        <source>unknown column{did_you_mean}; valid: {fields} (another layout: give a column mapping)</source>
        <translation>columna desconocida{did_you_mean}; valores válidos: {fields} (para otra disposición, indique una asignación de columnas)</translation>
    </message>
    <message>
        <source>required column missing; an orders file needs {fields}</source>
        <translation>falta una columna obligatoria; un archivo de pedidos necesita {fields}</translation>
    </message>
    <message>
        <source>the mapping takes {field} from column {column}, which the file does not have; its columns: {columns}</source>
        <translation>la asignación toma {field} de la columna {column}, que el archivo no tiene; sus columnas: {columns}</translation>
    </message>
    <message>
        <source>{what} matches no listing and size of the catalogue; SKUs are read as &lt;listing_id&gt;-&lt;size&gt; (or with _ / . space or nothing between){names_hint}</source>
        <translation>{what} no corresponde a ningún artículo y talla del catálogo; los SKU se leen como &lt;listing_id&gt;-&lt;size&gt; (o con _ / . espacio o nada entre ambos){names_hint}</translation>
    </message>
    <message>
        <source>, item names as &apos;&lt;title&gt; - &lt;size&gt;&apos; (or &apos;&lt;title&gt; - &lt;size&gt; / &lt;colour&gt;&apos;)</source>
        <translation>, y los nombres de producto como &apos;&lt;title&gt; - &lt;size&gt;&apos; (o &apos;&lt;title&gt; - &lt;size&gt; / &lt;colour&gt;&apos;)</translation>
    </message>
    <message>
        <source>SKU {sku}</source>
        <translation>SKU {sku}</translation>
    </message>
    <message>
        <source>an empty SKU</source>
        <translation>un SKU vacío</translation>
    </message>
    <message>
        <source>{what} (item {name})</source>
        <translation>{what} (producto {name})</translation>
    </message>
    <message>
        <source>required column of {what} missing (looked for {names})</source>
        <translation>falta una columna obligatoria de {what} (se buscó {names})</translation>
    </message>
    <message>
        <source>unknown orders field {field}{did_you_mean}
valid fields: {fields}</source>
        <translation>campo de pedidos desconocido {field}{did_you_mean}
campos válidos: {fields}</translation>
    </message>
    <message>
        <source>; did you mean {suggestions}?</source>
        <translation>; ¿quiso decir {suggestions}?</translation>
    </message>
    <message>
        <source>--map {pair}: expected FIELD=COLUMN, e.g. size_label=Size</source>
        <translation>--map {pair}: se esperaba FIELD=COLUMN, p. ej., size_label=Size</translation>
    </message>
    <message>
        <source>cannot read the remembered column mappings: {detail}; delete the file to start afresh</source>
        <translation>no se pueden leer las asignaciones de columnas guardadas: {detail}; elimine el archivo para empezar de nuevo</translation>
    </message>
    <message>
        <source>open an orders file first</source>
        <translation>abra primero un archivo de pedidos</translation>
    </message>
    <message>
        <source>nothing to correct: no flagged size is selected</source>
        <translation>no hay nada que corregir: no hay ninguna talla señalada seleccionada</translation>
    </message>
    <message>
        <source>the bundled sample catalogue is never overwritten: choose where to save the corrected one</source>
        <translation>el catálogo de ejemplo incluido nunca se sobrescribe: elija dónde guardar el corregido</translation>
    </message>
    <message>
        <source>no correction to undo</source>
        <translation>no hay ninguna corrección que deshacer</translation>
    </message>
    <message>
        <source>a Shopify orders export</source>
        <translation>una exportación de pedidos de Shopify</translation>
    </message>
    <message>
        <source>a Shopify returns file</source>
        <translation>un archivo de devoluciones de Shopify</translation>
    </message>
    <message>
        <source>an Amazon All Orders report</source>
        <translation>un informe «All Orders» de Amazon</translation>
    </message>
    <message>
        <source>an Amazon customer returns report</source>
        <translation>un informe de devoluciones de clientes de Amazon</translation>
    </message>
    <message>
        <source>no line of order {order} with SKU {sku} in the orders file</source>
        <translation>no hay ninguna línea del pedido {order} con el SKU {sku} en el archivo de pedidos</translation>
    </message>
    <message>
        <source>{value} is not a whole number of at least 1</source>
        <translation>{value} no es un número entero de al menos 1</translation>
    </message>
    <message>
        <source>column {column}: unknown target {target}; valid: {targets}, option&lt;n&gt;_name/_value, or a measurement (&lt;dimension&gt;_min, _max, _range, garment_&lt;dimension&gt;, add _in for inches)</source>
        <translation>columna {column}: destino desconocido {target}; valores válidos: {targets}, option&lt;n&gt;_name/_value o una medida (&lt;dimension&gt;_min, _max, _range, garment_&lt;dimension&gt;; añada _in para pulgadas)</translation>
    </message>
    <message>
        <source>constant {name}: only {fields} can be set for every row</source>
        <translation>constante {name}: solo {fields} pueden fijarse para todas las filas</translation>
    </message>
    <message>
        <source>no column is the listing id (e.g. Handle, parent_sku, 款号); choose one</source>
        <translation>ninguna columna es el id. del artículo (p. ej., Handle, parent_sku, 款号); elija una</translation>
    </message>
    <message>
        <source>no column is the title (e.g. Title, item_name, 商品名称); choose one</source>
        <translation>ninguna columna es el título (p. ej., Title, item_name, 商品名称); elija una</translation>
    </message>
    <message>
        <source>no column is the size (e.g. Size, Option1 Value, size_name, 尺码); choose one</source>
        <translation>ninguna columna es la talla (p. ej., Size, Option1 Value, size_name, 尺码); elija una</translation>
    </message>
    <message>
        <source>no category: choose the column that holds it, or one category for every row</source>
        <translation>no hay categoría: elija la columna que la contiene, o una categoría para todas las filas</translation>
    </message>
    <message>
        <source> (SKUs {skus})</source>
        <translation> (SKU {skus})</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>idiomas</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unidad</translation>
    </message>
    <message>
        <source>units</source>
        <translation>unidades</translation>
    </message>
    <message>
        <source>dimension</source>
        <translation>medida</translation>
    </message>
    <message>
        <source>dimensions</source>
        <translation>medidas</translation>
    </message>
    <message>
        <source>listing</source>
        <translation>artículo</translation>
    </message>
    <message>
        <source>listings</source>
        <translation>artículos</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categoría</translation>
    </message>
    <message>
        <source>categories</source>
        <translation>categorías</translation>
    </message>
    <message>
        <source>fit</source>
        <translation>corte</translation>
    </message>
    <message>
        <source>stretch</source>
        <translation>elasticidad</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>público</translation>
    </message>
    <message>
        <source>%1 size systems</source>
        <translation>sistemas de tallas de %1</translation>
    </message>
    <message>
        <source>%1 size system</source>
        <translation>sistema de tallas de %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a code a file holds, then its name</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>fila %1</translation>
    </message>
    <message>
        <source>header</source>
        <translation>encabezado</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>columna %1</translation>
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
        <translation>campo %1</translation>
    </message>
    <message>
        <source>{owner} has no {kind} {value}; its {kinds}: {choices}</source>
        <translation>{owner} no tiene {kind} {value}; sus {kinds}: {choices}</translation>
    </message>
    <message>
        <source>{value} {unit} is not a plausible {dimension}; expected {expected}{hint}</source>
        <translation>{value} {unit} no es un valor plausible de {dimension}; se esperaba {expected}{hint}</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>línea {line}, columna {column}</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source> (1 valid row; accept it with --accept-valid-rows)</source>
        <translation> (1 fila válida; acéptela con --accept-valid-rows)</translation>
    </message>
    <message>
        <source>unknown people file format {suffix}; valid: {valid}</source>
        <translation>formato de archivo de personas desconocido {suffix}; válidos: {valid}</translation>
    </message>
    <message>
        <source>not UTF-8 text (at byte {at}); save it as CSV UTF-8 (Excel: Save as, CSV UTF-8)</source>
        <translation>no es texto UTF-8 (en el byte {at}); guárdelo como CSV UTF-8 (Excel: Guardar como, CSV UTF-8)</translation>
    </message>
    <message>
        <source>empty; expected a header row with an id column and measurement columns</source>
        <translation>vacío; se esperaba una fila de encabezado con una columna id y columnas de medidas</translation>
    </message>
    <message>
        <source>no people under the header</source>
        <translation>no hay personas bajo el encabezado</translation>
    </message>
    <message>
        <source>no id column; name one of {names}</source>
        <translation>no hay columna id; use uno de estos nombres: {names}</translation>
    </message>
    <message>
        <source>unknown column{did_you_mean}; valid: an id column ({ids}), a measurement named after its dimension (chest_girth in cm, chest_girth_in in inches), &lt;dimension&gt;_uncertainty in cm, fit_preference, segment</source>
        <translation>columna desconocida{did_you_mean}; válidas: una columna id ({ids}), una medida con el nombre de su dimensión (chest_girth en cm, chest_girth_in en pulgadas), &lt;dimension&gt;_uncertainty en cm, fit_preference, segment</translation>
    </message>
    <message>
        <source>no measurement columns; name them after the dimensions: {dimensions}</source>
        <translation>no hay columnas de medidas; nómbrelas según las dimensiones: {dimensions}</translation>
    </message>
    <message>
        <source>empty; every person needs an id</source>
        <translation>vacío; cada persona necesita un id</translation>
    </message>
    <message>
        <source>{person} is already on {where}; every person once</source>
        <translation>{person} ya figura en la {where}; cada persona una sola vez</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>línea {line}</translation>
    </message>
    <message>
        <source>person {person} has no measurements; give at least one</source>
        <translation>la persona {person} no tiene medidas; indique al menos una</translation>
    </message>
    <message>
        <source>{slip} the column is in cm: {value}</source>
        <translation>{slip} la columna está en cm: {value}</translation>
    </message>
    <message>
        <source>{slip} then name the column {column}</source>
        <translation>{slip} entonces nombre la columna {column}</translation>
    </message>
    <message>
        <source>not valid JSON (at column {column}); a line holds one person, e.g. {&quot;id&quot;: 17, &quot;measurements_cm&quot;: {&quot;chest_girth&quot;: 96}}</source>
        <translation>no es JSON válido (en la columna {column}); cada línea contiene una persona, p. ej., {&quot;id&quot;: 17, &quot;measurements_cm&quot;: {&quot;chest_girth&quot;: 96}}</translation>
    </message>
    <message>
        <source>not a person: a line holds one JSON object, e.g. {&quot;id&quot;: 17, &quot;measurements_cm&quot;: {&quot;chest_girth&quot;: 96}}</source>
        <translation>no es una persona: cada línea contiene un objeto JSON, p. ej., {&quot;id&quot;: 17, &quot;measurements_cm&quot;: {&quot;chest_girth&quot;: 96}}</translation>
    </message>
    <message>
        <source>every person needs an id, e.g. &quot;id&quot;: 17</source>
        <translation>cada persona necesita un id, p. ej., &quot;id&quot;: 17</translation>
    </message>
    <message>
        <source>{owner} has no {kind} {value}
its {kinds}: {choices}</source>
        <translation>{owner} no tiene {kind} {value}
sus {kinds}: {choices}</translation>
    </message>
    <message>
        <source>size type</source>
        <translation>tipo de talla</translation>
    </message>
    <message>
        <source>size types</source>
        <translation>tipos de talla</translation>
    </message>
    <message>
        <source>size system</source>
        <translation>sistema de tallas</translation>
    </message>
    <message>
        <source>size systems</source>
        <translation>sistemas de tallas</translation>
    </message>
    <message>
        <source>the {channel} file is not written: two sizes of one listing would be the same variant there ({details}); give each size its own label in the catalogue, then export again</source>
        <translation>no se ha escrito el archivo de {channel}: dos tallas de un mismo producto serían allí la misma variante ({details}); dé a cada talla su propia etiqueta en el catálogo y vuelva a exportar</translation>
    </message>
    <message>
        <source>; {value} looks like half a girth, measured across the garment laid flat: give the whole girth ({doubled} cm), or import the chart with Brand chart…, which doubles laid-flat widths</source>
        <translation>; {value} parece medio contorno, medido con la prenda extendida: indique el contorno entero ({doubled} cm) o importe la tabla con Tabla de la marca…, que duplica los anchos medidos en plano</translation>
    </message>
    <message>
        <source>rows {rows}</source>
        <translation>filas {rows}</translation>
    </message>
    <message>
        <source>rows {rows} and {more} more</source>
        <translation>filas {rows} y {more} más</translation>
    </message>
    <message>
        <source>{path} is your own file, imported through a column mapping: saving over it would replace its columns with Sizer&apos;s. Choose a new file name.</source>
        <translation>{path} es su propio archivo, importado mediante una asignación de columnas: sobrescribirlo reemplazaría sus columnas por las de Sizer. Elija un nombre de archivo nuevo.</translation>
    </message>
    <message>
        <source>{path} is the workbook this catalogue was read from, and it has other sheets: saving over it would delete them. Choose a new file name.</source>
        <translation>{path} es el libro del que se leyó este catálogo y tiene otras hojas: sobrescribirlo las borraría. Elija un nombre de archivo nuevo.</translation>
    </message>
    <message>
        <source>{path} is the file this catalogue was imported from, and the rows with problems were left out: saving over it would delete them. Choose a new file name (fix the rows in the original and open it again to import them too).</source>
        <translation>{path} es el archivo del que se importó este catálogo, sin las filas con problemas: sobrescribirlo las borraría. Elija un nombre de archivo nuevo (corrija esas filas en el original y vuelva a abrirlo para importarlas también).</translation>
    </message>
    <message>
        <source>{field} for every row: Sizer does not know {value}; valid: {valid}</source>
        <translation>{field} para todas las filas: Sizer no conoce {value}; válidos: {valid}</translation>
    </message>
    <message>
        <source>size system {system} for every row: the charts of {categories} have no labels in it; choose another, or leave it empty for the brand&apos;s own labels</source>
        <translation>sistema de tallas {system} para todas las filas: las tablas de {categories} no tienen tallas en él; elija otro o déjelo vacío para las tallas propias de la marca</translation>
    </message>
    <message>
        <source>category {text}: Sizer does not know {value}; choose a Sizer category or not sized</source>
        <translation>categoría {text}: Sizer no conoce {value}; elija una categoría de Sizer o «sin tallas»</translation>
    </message>
    <message>
        <source>Category (every row)</source>
        <translation>Categoría (todas las filas)</translation>
    </message>
    <message>
        <source>Size system (every row)</source>
        <translation>Sistema de tallas (todas las filas)</translation>
    </message>
    <message>
        <source>Fit (every row)</source>
        <translation>Corte (todas las filas)</translation>
    </message>
    <message>
        <source>Stretch (every row)</source>
        <translation>Elasticidad (todas las filas)</translation>
    </message>
    <message>
        <source>{listing}: sizes {sizes}{rows} would all be {value}</source>
        <translation>{listing}: las tallas {sizes}{rows} serían todas {value}</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} y {second}</translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <translation>{first}; {second}</translation>
    </message>
    <message>
        <source>the brand&apos;s own labels</source>
        <translation>las etiquetas propias de la marca</translation>
    </message>
    <message>
        <source>size {sizes} has no {system} equivalent in the {category} chart</source>
        <translation>la talla {sizes} no tiene equivalente {system} en la tabla {category}</translation>
    </message>
    <message>
        <source>sizes {sizes} have no {system} equivalent in the {category} chart</source>
        <translation>las tallas {sizes} no tienen equivalente {system} en la tabla {category}</translation>
    </message>
    <message>
        <source>sizes {sizes} would all be {system} {label}</source>
        <translation>las tallas {sizes} serían todas {system} {label}</translation>
    </message>
    <message>
        <source>{listing}: sizes {first} and {second} are both {label} with the same ranges: one row</source>
        <translation>{listing}: las tallas {first} y {second} son ambas {label} con los mismos rangos: una sola fila</translation>
    </message>
    <message>
        <source>{listing}: Amazon keeps one size chart per brand, department and product type, but this listing&apos;s size table differs from {listings} ({why}); it is written as a chart of its own ({chart}): upload the chart that fits your listings, or give them one size table</source>
        <translation>{listing}: Amazon guarda una tabla de tallas por marca, departamento y tipo de producto, pero la tabla de este producto difiere de {listings} ({why}); se escribe como una tabla propia ({chart}): suba la tabla que corresponda a sus productos o deles una sola tabla de tallas</translation>
    </message>
    <message>
        <source>its sizes are in {system}, the chart&apos;s in {chart_system}</source>
        <translation>sus tallas están en {system}, las de la tabla en {chart_system}</translation>
    </message>
    <message>
        <source>size {label}: {dimension} {low}–{high} cm in {listing}, {other_low}–{other_high} cm in {other}</source>
        <translation>talla {label}: {dimension} {low}–{high} cm en {listing}, {other_low}–{other_high} cm en {other}</translation>
    </message>
    <message>
        <source>together, size {label} of {listing} ({dimension} from {low} cm) and size {other_label} of {other} (from {other_low} cm) would be out of order</source>
        <translation>juntas, la talla {label} de {listing} ({dimension} desde {low} cm) y la talla {other_label} de {other} (desde {other_low} cm) quedarían desordenadas</translation>
    </message>
    <message>
        <source>their sizes overlap</source>
        <translation>sus tallas se solapan</translation>
    </message>
    <message>
        <source>size-chart picture of {listing} ({width} x {height} px) written to {path}</source>
        <translation>imagen de la tabla de tallas de {listing} ({width} x {height} px) escrita en {path}</translation>
    </message>
    <message>
        <source>{value} (listing {listing}) is Amazon&apos;s code for a size system, and which system it stands for is not published; write the system itself ({valid}) in this column, or set it for every row in the mapping (--constant size_system=US)</source>
        <translation>{value} (producto {listing}) es el código de Amazon para un sistema de tallas, y no se publica qué sistema representa; escribe el sistema en sí ({valid}) en esta columna, o fíjalo para todas las filas en la asignación (--constant size_system=US)</translation>
    </message>
    <message>
        <source>sizes {labels} of listing {listing} ({rows}) name one size: imported as one size, {label}, keeping every SKU</source>
        <translation>las tallas {labels} del producto {listing} ({rows}) son una misma talla: importadas como una sola talla, {label}, con todos los SKU</translation>
    </message>
    <message>
        <source>sizes {labels} of listing {listing} ({rows}) name one size but give different measurements; give them the same measurements, or write each as a size of its own</source>
        <translation>las tallas {labels} del producto {listing} ({rows}) son una misma talla pero tienen medidas distintas; dales las mismas medidas o escribe cada una como una talla propia</translation>
    </message>
    <message>
        <source>%1 %2 labels</source>
        <translation>tallas %2 de %1</translation>
    </message>
    <message>
        <source>%1 %2 label</source>
        <translation>talla %2 de %1</translation>
    </message>
    <message>
        <source>none of the chart&apos;s sizes ({chart}) is a size the listing sells ({listing}); to give the listing the chart&apos;s sizes instead, add the chart&apos;s sizes and remove the listing&apos;s</source>
        <translation>ninguna talla de la tabla ({chart}) es una talla que venda el producto ({listing}); para darle en su lugar las tallas de la tabla, añada las tallas de la tabla y quite las del producto</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Carpeta</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Buscar en:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Archivos de &amp;tipo:</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Page &amp;Set:</source>
        <translation>Conjunto de &amp;páginas:</translation>
    </message>
</context>
<context>
    <name>ResultsScreen</name>
    <message>
        <source>Your sizes</source>
        <translation>Sus tallas</translation>
    </message>
    <message>
        <source>Your measurements</source>
        <translation>Sus medidas</translation>
    </message>
    <message>
        <source>Products on display</source>
        <translation>Productos expuestos</translation>
    </message>
    <message>
        <source>Scan with your phone to keep your sizes</source>
        <translation>Escanee con el móvil para guardar sus tallas</translation>
    </message>
    <message>
        <source>Print my sizes</source>
        <translation>Imprimir mis tallas</translation>
    </message>
    <message>
        <source>Done – start over</source>
        <translation>Listo – volver a empezar</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← Anterior</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Siguiente →</translation>
    </message>
    <message>
        <source>Products %1 of %2</source>
        <translation>Productos %1 de %2</translation>
    </message>
</context>
<context>
    <name>ReturnsChart</name>
    <message>
        <source>Too small</source>
        <translation>Demasiado pequeña</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>Demasiado grande</translation>
    </message>
    <message>
        <source>Other reasons</source>
        <translation>Otros motivos</translation>
    </message>
    <message>
        <source>Returned (% of orders)</source>
        <translation>Devueltos (% de pedidos)</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <source>Open &amp;orders…</source>
        <translation>Abrir &amp;pedidos…</translation>
    </message>
    <message>
        <source>&amp;Catalogue…</source>
        <translation>&amp;Catálogo…</translation>
    </message>
    <message>
        <source>&amp;Apply this correction</source>
        <translation>&amp;Aplicar esta corrección</translation>
    </message>
    <message>
        <source>&amp;Undo correction</source>
        <translation>&amp;Deshacer la corrección</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Exportar &amp;informe…</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Talla</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <source>Offset (cm)</source>
        <translation>Desviación (cm)</translation>
    </message>
    <message>
        <source>Too small</source>
        <translation>Demasiado pequeña</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>Demasiado grande</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Devoluciones</translation>
    </message>
    <message>
        <source>Catalogue to check</source>
        <translation>Catálogo que revisar</translation>
    </message>
    <message>
        <source>Catalogues %1;;All files (*)</source>
        <translation>Catálogos %1;;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open an orders file</source>
        <translation>Abrir un archivo de pedidos</translation>
    </message>
    <message>
        <source>Orders %1;;All files (*)</source>
        <translation>Pedidos %1;;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The orders could not be imported; nothing was changed.</source>
        <translation>No se han podido importar los pedidos; no se ha cambiado nada.</translation>
    </message>
    <message numerus="yes">
        <source>Analysed %Ln order line(s); rows left out for problems: %1.</source>
        <translation>
            <numerusform>Se ha analizado %Ln línea de pedido; filas omitidas por problemas: %1.</numerusform>
            <numerusform>Se han analizado %Ln líneas de pedido; filas omitidas por problemas: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Analysed %Ln order line(s).</source>
        <translation>
            <numerusform>Se ha analizado %Ln línea de pedido.</numerusform>
            <numerusform>Se han analizado %Ln líneas de pedido.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) in the orders; nothing was imported. Analyse the other rows and leave the rows with problems out?</source>
        <translation>
            <numerusform>%Ln problema en los pedidos; no se ha importado nada. ¿Analizar las demás filas y omitir la que tiene el problema?</numerusform>
            <numerusform>%Ln problemas en los pedidos; no se ha importado nada. ¿Analizar las demás filas y omitir las que tienen problemas?</numerusform>
        </translation>
    </message>
    <message>
        <source>Order lines: %1 · units: %2 · returned: %3 (too small: %4, too large: %5, other: %6). Sizes running small: %7, running large: %8, true to size: %9, not enough data yet: %10.</source>
        <translation>Líneas de pedido: %1 · unidades: %2 · devueltas: %3 (demasiado pequeñas: %4, demasiado grandes: %5, otros motivos: %6). Tallas que tallan pequeño: %7, que tallan grande: %8, que se ajustan a la talla: %9, aún sin datos suficientes: %10.</translation>
    </message>
    <message numerus="yes">
        <source>Bought in the size Sizer recommended: %Ln unit(s), %1% kept.</source>
        <translation>
            <numerusform>Compradas en la talla que recomendó Sizer: %Ln unidad, %1% conservadas.</numerusform>
            <numerusform>Compradas en la talla que recomendó Sizer: %Ln unidades, %1% conservadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sizer&apos;s advice was followed on %Ln unit(s); %1% of them were kept.</source>
        <translation>
            <numerusform>Se siguió el consejo de Sizer en %Ln unidad; se conservó el %1%.</numerusform>
            <numerusform>Se siguió el consejo de Sizer en %Ln unidades; se conservó el %1% de ellas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of %Ln order(s), %1 came back too small (%2%), %3 too large (%4%) and %5 for other reasons.</source>
        <translation>
            <numerusform>De %Ln pedido, %1 se devolvieron por demasiado pequeños (%2%), %3 por demasiado grandes (%4%) y %5 por otros motivos.</numerusform>
            <numerusform>De %Ln pedidos, %1 se devolvieron por demasiado pequeños (%2%), %3 por demasiado grandes (%4%) y %5 por otros motivos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more were bought together with another size (bracketing) and are counted apart.</source>
        <translation>
            <numerusform>Otro %Ln se compró junto con otra talla (para probar ambas) y se cuenta aparte.</numerusform>
            <numerusform>Otros %Ln se compraron junto con otra talla (para probar ambas) y se cuentan aparte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not enough data yet for size %1: about %Ln more order(s) would settle it.</source>
        <translation>
            <numerusform>Aún no hay datos suficientes para la talla %1: haría falta %Ln pedido más para decidirlo.</numerusform>
            <numerusform>Aún no hay datos suficientes para la talla %1: harían falta unos %Ln pedidos más para decidirlo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) written to %1; Undo puts the catalogue back.</source>
        <translation>
            <numerusform>%Ln cambio escrito en %1; Deshacer devuelve el catálogo a su estado anterior.</numerusform>
            <numerusform>%Ln cambios escritos en %1; Deshacer devuelve el catálogo a su estado anterior.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shopify returns (optional)</source>
        <translation>Devoluciones de Shopify (opcional)</translation>
    </message>
    <message>
        <source>Amazon FBA customer returns report (optional)</source>
        <translation>Informe de devoluciones de clientes de Amazon FBA (opcional)</translation>
    </message>
    <message>
        <source>Returns %1;;All files (*)</source>
        <translation>Devoluciones %1;;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>the bundled sample catalogue</source>
        <translation>el catálogo de ejemplo incluido</translation>
    </message>
    <message>
        <source>Open an orders file (Sizer&apos;s columns, a Shopify or Amazon export, or any CSV/XLSX with a column mapping) to find the sizes whose returns say the chart is wrong.</source>
        <translation>Abra un archivo de pedidos (con las columnas de Sizer, una exportación de Shopify o Amazon, o cualquier CSV/XLSX con una asignación de columnas) para encontrar las tallas cuyas devoluciones indican que la tabla es incorrecta.</translation>
    </message>
    <message>
        <source>Catalogue: %1</source>
        <translation>Catálogo: %1</translation>
    </message>
    <message>
        <source>Other sizes: %1% kept.</source>
        <translation>Otras tallas: %1% conservadas.</translation>
    </message>
    <message>
        <source>Catalogue: %1 · Orders: %2</source>
        <translation>Catálogo: %1 · Pedidos: %2</translation>
    </message>
    <message>
        <source>whole listing runs small</source>
        <translation>todo el artículo talla pequeño</translation>
    </message>
    <message>
        <source>whole listing runs large</source>
        <translation>todo el artículo talla grande</translation>
    </message>
    <message>
        <source>sizes flagged: %1</source>
        <translation>tallas señaladas: %1</translation>
    </message>
    <message>
        <source>runs small</source>
        <translation>talla pequeño</translation>
    </message>
    <message>
        <source>runs large</source>
        <translation>talla grande</translation>
    </message>
    <message>
        <source>true to size</source>
        <translation>se ajusta a la talla</translation>
    </message>
    <message>
        <source>not enough data</source>
        <translation>datos insuficientes</translation>
    </message>
    <message>
        <source>The whole listing runs small: every size fits bodies about %1 cm smaller than its chart says.</source>
        <translation>Todo el artículo talla pequeño: cada talla se ajusta a cuerpos unos %1 cm más pequeños de lo que indica su tabla.</translation>
    </message>
    <message>
        <source>The whole listing runs large: every size fits bodies about %1 cm larger than its chart says.</source>
        <translation>Todo el artículo talla grande: cada talla se ajusta a cuerpos unos %1 cm más grandes de lo que indica su tabla.</translation>
    </message>
    <message>
        <source>Proposed body ranges (cm):</source>
        <translation>Intervalos corporales propuestos (cm):</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propuesto</translation>
    </message>
    <message>
        <source>Size %1 runs small (probability %2%): it fits bodies about %3 cm smaller than its chart says. The correction moves its ranges down by that.</source>
        <translation>La talla %1 talla pequeño (probabilidad del %2%): se ajusta a cuerpos unos %3 cm más pequeños de lo que indica su tabla. La corrección desplaza sus intervalos hacia abajo en esa cantidad.</translation>
    </message>
    <message>
        <source>Size %1 runs large (probability %2%): it fits bodies about %3 cm larger than its chart says. The correction moves its ranges up by that.</source>
        <translation>La talla %1 talla grande (probabilidad del %2%): se ajusta a cuerpos unos %3 cm más grandes de lo que indica su tabla. La corrección desplaza sus intervalos hacia arriba en esa cantidad.</translation>
    </message>
    <message>
        <source>Size %1 is true to size (probability %2%).</source>
        <translation>La talla %1 se ajusta a la talla (probabilidad del %2%).</translation>
    </message>
    <message>
        <source>The catalogue has changes that are not saved: save or discard them on the Catalogue page first.</source>
        <translation>El catálogo tiene cambios sin guardar: guárdelos o descártelos primero en la página Catálogo.</translation>
    </message>
    <message>
        <source>The correction of %1 was undone.</source>
        <translation>Se ha deshecho la corrección de %1.</translation>
    </message>
    <message>
        <source>Save the corrected catalogue</source>
        <translation>Guardar el catálogo corregido</translation>
    </message>
    <message>
        <source>Catalogues (*.csv *.xlsx)</source>
        <translation>Catálogos (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Export the returns report</source>
        <translation>Exportar el informe de devoluciones</translation>
    </message>
    <message>
        <source>Report (*.html);;PDF (*.pdf);;CSV (*.csv);;Excel (*.xlsx)</source>
        <translation>Informe (*.html);;PDF (*.pdf);;CSV (*.csv);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose a report name ending in .html, .pdf, .csv or .xlsx.</source>
        <translation>Elija un nombre de informe terminado en .html, .pdf, .csv o .xlsx.</translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation>No se ha podido escribir el informe.</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Informe escrito en %1.</translation>
    </message>
    <message>
        <source>Orders with problems</source>
        <translation>Pedidos con problemas</translation>
    </message>
</context>
<context>
    <name>SegmentChoice</name>
    <message>
        <source>Women</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Kids</source>
        <translation>Niños</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Centimetres (cm)</source>
        <translation>Centímetros (cm)</translation>
    </message>
    <message>
        <source>Inches, decimal (in)</source>
        <translation>Pulgadas, decimales (in)</translation>
    </message>
    <message>
        <source>Inches, fractions (⅛ in)</source>
        <translation>Pulgadas, fracciones (⅛ in)</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Start in &amp;kiosk mode next time</source>
        <translation>Iniciar en modo &amp;quiosco la próxima vez</translation>
    </message>
    <message>
        <source>Sizer then opens full screen for shoppers. Only the admin PIN leaves kiosk mode (tap the top-left corner five times, or press Ctrl+Alt+Shift+K).</source>
        <translation>Sizer se abrirá entonces a pantalla completa para los clientes. Solo el PIN de administración permite salir del modo quiosco (toque cinco veces la esquina superior izquierda o pulse Ctrl+Alt+Mayús+K).</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Unidades:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Size &amp;systems shown by default:</source>
        <translation>&amp;Sistemas de tallas mostrados por defecto:</translation>
    </message>
    <message>
        <source>Settings are stored in %1</source>
        <translation>Los ajustes se guardan en %1</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin establecer</translation>
    </message>
    <message>
        <source>%1 to %2 digits. A PIN this short is not strong by itself: the kiosk makes each wrong try wait longer and locks the keypad for 30 minutes after %3 in a row. Kiosk mode does not start until a PIN is set.</source>
        <translation>De %1 a %2 dígitos. Un PIN tan corto no es seguro por sí solo: el quiosco hace esperar cada vez más tras cada intento fallido y bloquea el teclado durante 30 minutos tras %3 seguidos. El modo quiosco no se inicia hasta que se establece un PIN.</translation>
    </message>
    <message>
        <source>Kiosk admin &amp;PIN:</source>
        <translation>&amp;PIN de administración del quiosco:</translation>
    </message>
    <message>
        <source>The PIN &amp;again:</source>
        <translation>&amp;Repita el PIN:</translation>
    </message>
    <message>
        <source>The kiosk PIN must be %1 to %2 digits.</source>
        <translation>El PIN del quiosco debe tener de %1 a %2 dígitos.</translation>
    </message>
    <message>
        <source>The two kiosk PINs differ.</source>
        <translation>Los dos PIN del quiosco no coinciden.</translation>
    </message>
    <message>
        <source>Set a kiosk admin PIN first: kiosk mode does not start without one.</source>
        <translation>Establezca primero un PIN de administración del quiosco: el modo quiosco no se inicia sin él.</translation>
    </message>
    <message>
        <source>Default &amp;camera:</source>
        <translation>&amp;Cámara predeterminada:</translation>
    </message>
</context>
<context>
    <name>SizeGuideDialog</name>
    <message>
        <source>Web page snippet (desktop, with pictures)</source>
        <translation>Fragmento de página web (escritorio, con imágenes)</translation>
    </message>
    <message>
        <source>Web page snippet for phones</source>
        <translation>Fragmento de página web para móviles</translation>
    </message>
    <message>
        <source>Whole web page for phones</source>
        <translation>Página web completa para móviles</translation>
    </message>
    <message>
        <source>Plain HTML for marketplaces that strip styles (Amazon)</source>
        <translation>HTML sencillo para marketplaces que eliminan los estilos (Amazon)</translation>
    </message>
    <message>
        <source>PDF to print</source>
        <translation>PDF para imprimir</translation>
    </message>
    <message>
        <source>Picture with the measuring guides (PNG)</source>
        <translation>Imagen con las guías de medición (PNG)</translation>
    </message>
    <message>
        <source>Listing gallery picture (JPEG)</source>
        <translation>Imagen para la galería del artículo (JPEG)</translation>
    </message>
    <message>
        <source>Listing gallery picture (PNG)</source>
        <translation>Imagen para la galería del artículo (PNG)</translation>
    </message>
    <message>
        <source>Size guide of %1</source>
        <translation>Guía de tallas de %1</translation>
    </message>
    <message>
        <source>Centimetres</source>
        <translation>Centímetros</translation>
    </message>
    <message>
        <source>Inches</source>
        <translation>Pulgadas</translation>
    </message>
    <message>
        <source>Both, side by side</source>
        <translation>Ambas, una junto a otra</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta (Letter)</translation>
    </message>
    <message>
        <source>Also show the labels of:</source>
        <translation>Mostrar también las tallas de:</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Unidades:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Paper (PDF):</source>
        <translation>&amp;Papel (PDF):</translation>
    </message>
    <message>
        <source>Picture &amp;size:</source>
        <translation>&amp;Tamaño de imagen:</translation>
    </message>
    <message>
        <source>The body measurement that decides the size comes first. Letter is proposed for listings sized in US sizes, A4 for the others.</source>
        <translation>Primero aparece la medida corporal que decide la talla. Se propone Carta (Letter) para los artículos en tallas de EE. UU. y A4 para los demás.</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
</context>
<context>
    <name>SizesModel</name>
    <message>
        <source>Size</source>
        <translation>Talla</translation>
    </message>
    <message>
        <source>From</source>
        <translation>A partir de</translation>
    </message>
    <message>
        <source>%1 min (%2)</source>
        <translation>%1 mín. (%2)</translation>
    </message>
    <message>
        <source>%1 max (%2)</source>
        <translation>%1 máx. (%2)</translation>
    </message>
    <message>
        <source>body ranges</source>
        <translation>intervalos corporales</translation>
    </message>
    <message>
        <source>garment + ease</source>
        <translation>prenda + holgura</translation>
    </message>
    <message>
        <source>standard chart</source>
        <translation>tabla estándar</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 no es un número</translation>
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
        <translation>Guía del usuario de Sizer</translation>
    </message>
    <message>
        <source>Size charts (Ctrl+1)</source>
        <translation>Tablas de tallas (Ctrl+1)</translation>
    </message>
    <message>
        <source>Pick a category and tick the size systems to show under Systems.</source>
        <translation>Elija una categoría y marque en Sistemas los sistemas de tallas que desea mostrar.</translation>
    </message>
    <message>
        <source>Click a size, or type one under Find a size: its equivalents light up in every system, with the body measurements it stands for.</source>
        <translation>Haga clic en una talla, o escríbala en Buscar una talla: sus equivalencias se resaltan en todos los sistemas, con las medidas corporales que representa.</translation>
    </message>
    <message>
        <source>Copy table (Ctrl+C) pastes into a spreadsheet; Export CSV writes the table with minimum and maximum as numbers.</source>
        <translation>Copiar tabla (Ctrl+C) la pega en una hoja de cálculo; Exportar CSV escribe la tabla con el mínimo y el máximo como números.</translation>
    </message>
    <message>
        <source>Measuring guides (Ctrl+2)</source>
        <translation>Guías de medición (Ctrl+2)</translation>
    </message>
    <message>
        <source>Illustrated steps for every body measurement; print them or save them as PDF. Every “?” beside a measurement opens its guide.</source>
        <translation>Pasos ilustrados para cada medida corporal; imprímalos o guárdelos como PDF. Cada «?» junto a una medida abre su guía.</translation>
    </message>
    <message>
        <source>Measure (Ctrl+3)</source>
        <translation>Medir (Ctrl+3)</translation>
    </message>
    <message>
        <source>Type your height as you know it: 182 cm, 5 ft 11, 5&apos;11&quot; or 71 in. The line under it says what was understood.</source>
        <translation>Escriba su estatura como la conozca: 182 cm, 5 ft 11, 5&apos;11&quot; o 71 in. La línea de debajo indica lo que se ha entendido.</translation>
    </message>
    <message>
        <source>Start the camera and follow the instructions under the picture, or measure from a video or from two photos (one facing the camera, one from the side).</source>
        <translation>Inicie la cámara y siga las instrucciones bajo la imagen, o mida a partir de un vídeo o de dos fotos (una de frente a la cámara y otra de perfil).</translation>
    </message>
    <message>
        <source>Each result shows its uncertainty (±). You can correct a value by hand; it is then marked “by hand”. Scrolling over a field never changes it: click it first.</source>
        <translation>Cada resultado muestra su incertidumbre (±). Puede corregir un valor a mano; entonces se marca «a mano». Desplazar la rueda del ratón sobre un campo nunca lo cambia: haga clic en él primero.</translation>
    </message>
    <message>
        <source>Save the profile to use it again, here or with the sizer recommend command.</source>
        <translation>Guarde el perfil para volver a usarlo, aquí o con el comando sizer recommend.</translation>
    </message>
    <message>
        <source>Catalogue (Ctrl+4)</source>
        <translation>Catálogo (Ctrl+4)</translation>
    </message>
    <message>
        <source>File &gt; Open catalogue reads a CSV or Excel file. Problems are listed by row and column; you may import the valid rows and fix the rest in your file.</source>
        <translation>Archivo &gt; Abrir catálogo lee un archivo CSV o Excel. Los problemas se enumeran por fila y columna; puede importar las filas válidas y corregir el resto en su archivo.</translation>
    </message>
    <message>
        <source>Every listing shows the recommended size for the current profile. Titles and size systems can be edited; File &gt; Save writes the catalogue, Save as writes a copy.</source>
        <translation>Cada artículo muestra la talla recomendada para el perfil actual. Los títulos y los sistemas de tallas se pueden editar; Archivo &gt; Guardar catálogo escribe el catálogo y Guardar catálogo como escribe una copia.</translation>
    </message>
    <message>
        <source>File &gt; Export writes the recommendations (CSV, Excel, JSON) or the selected listing&apos;s size guide (HTML, PDF, PNG).</source>
        <translation>Archivo &gt; Exportar escribe las recomendaciones (CSV, Excel, JSON) o la guía de tallas del artículo seleccionado (HTML, PDF, PNG).</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>File &gt; Settings chooses the units, the default size systems, the language and the camera. Errors are shown once, with the path of the log file that has the details (Help &gt; Open the log folder).</source>
        <translation>Archivo &gt; Ajustes permite elegir las unidades, los sistemas de tallas predeterminados, el idioma y la cámara. Los errores se muestran una sola vez, con la ruta del archivo de registro que contiene los detalles (Ayuda &gt; Abrir la carpeta del registro).</translation>
    </message>
    <message>
        <source>Size charts that convert between countries, measuring guides, body measurements from a camera, and the right size of every listing.</source>
        <translation>Tablas de tallas que convierten entre países, guías de medición, medidas corporales a partir de una cámara y la talla adecuada de cada artículo.</translation>
    </message>
</context>
</TS>
