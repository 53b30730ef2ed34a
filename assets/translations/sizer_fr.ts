<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AdminScreen</name>
    <message>
        <source>Kiosk settings</source>
        <translation>Paramètres de la borne</translation>
    </message>
    <message>
        <source>Catalogue file (empty: sample)</source>
        <translation>Fichier catalogue (vide&#xa0;: exemple)</translation>
    </message>
    <message>
        <source>Products on display (none ticked: all)</source>
        <translation>Produits présentés (aucun coché&#xa0;: tous)</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Start over after idle (s)</source>
        <translation>Recommencer après inactivité (s)</translation>
    </message>
    <message>
        <source>QR link template (empty: plain text)</source>
        <translation>Modèle de lien QR (vide&#xa0;: texte brut)</translation>
    </message>
    <message>
        <source>Camera (number, or a video for a demo)</source>
        <translation>Caméra (numéro, ou une vidéo pour une démonstration)</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Imprimante</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Charger</translation>
    </message>
    <message>
        <source>Save and return</source>
        <translation>Enregistrer et revenir</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>Modifier le PIN</translation>
    </message>
    <message>
        <source>Exit kiosk mode</source>
        <translation>Quitter le mode borne</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Default printer</source>
        <translation>Imprimante par défaut</translation>
    </message>
    <message>
        <source>QR link template: %1</source>
        <translation>Modèle de lien QR&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose at least one language.</source>
        <translation>Choisissez au moins une langue.</translation>
    </message>
    <message>
        <source>The catalogue could not be loaded.</source>
        <translation>Le catalogue n&apos;a pas pu être chargé.</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Find your size</source>
        <translation>Trouvez votre taille</translation>
    </message>
    <message>
        <source>Your size in every product on display, in under a minute</source>
        <translation>Votre taille pour chaque produit présenté, en moins d&apos;une minute</translation>
    </message>
    <message>
        <source>Touch the screen to start</source>
        <translation>Touchez l&apos;écran pour commencer</translation>
    </message>
    <message>
        <source>No pictures are stored.</source>
        <translation>Aucune image n&apos;est conservée.</translation>
    </message>
    <message>
        <source>1. Tell us your height</source>
        <translation>1. Indiquez-nous votre stature</translation>
    </message>
    <message>
        <source>2. Stand in front of the camera</source>
        <translation>2. Placez-vous devant la caméra</translation>
    </message>
    <message>
        <source>3. Scan your sizes with your phone</source>
        <translation>3. Scannez vos tailles avec votre téléphone</translation>
    </message>
</context>
<context>
    <name>BrandChartDialog</name>
    <message>
        <source>Brand size chart for %1</source>
        <translation>Tableau des tailles de la marque pour %1</translation>
    </message>
    <message>
        <source>Centimetres</source>
        <translation>Centimètres</translation>
    </message>
    <message>
        <source>Inches</source>
        <translation>Pouces</translation>
    </message>
    <message>
        <source>Body measurements</source>
        <translation>Mesures du corps</translation>
    </message>
    <message>
        <source>Garment measurements</source>
        <translation>Mesures du vêtement</translation>
    </message>
    <message>
        <source>The numbers are in:</source>
        <translation>Les nombres sont en&#xa0;:</translation>
    </message>
    <message>
        <source>They measure:</source>
        <translation>Ils mesurent&#xa0;:</translation>
    </message>
    <message>
        <source>Sizes of the listing:</source>
        <translation>Tailles de l&apos;article&#xa0;:</translation>
    </message>
    <message>
        <source>Chart file id:</source>
        <translation>Identifiant du fichier de tableau&#xa0;:</translation>
    </message>
    <message>
        <source>Chart title:</source>
        <translation>Titre du tableau&#xa0;:</translation>
    </message>
    <message>
        <source>Published at (URL):</source>
        <translation>Publié à l&apos;adresse (URL)&#xa0;:</translation>
    </message>
    <message>
        <source>Save as a chart &amp;file…</source>
        <translation>Enregistrer comme &amp;fichier de tableau…</translation>
    </message>
    <message>
        <source>Single values were graded to ranges halfway to the next size: %1</source>
        <translation>Les valeurs uniques ont été étendues en intervalles jusqu&apos;à mi-chemin de la taille suivante&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” is neither a size system nor a body measurement: left out</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni un système de tailles ni une mesure du corps&#xa0;: ignoré</translation>
    </message>
    <message>
        <source>“%1” gives %2 a second time: the first column is used</source>
        <translation>«&#xa0;%1&#xa0;» donne %2 une seconde fois&#xa0;: la première colonne est utilisée</translation>
    </message>
    <message>
        <source>%1 (“%2”) is not a measurement: left empty</source>
        <translation>%1 («&#xa0;%2&#xa0;») n&apos;est pas une mesure&#xa0;: laissé vide</translation>
    </message>
    <message>
        <source>sizes as rows</source>
        <translation>tailles en lignes</translation>
    </message>
    <message>
        <source>sizes as columns</source>
        <translation>tailles en colonnes</translation>
    </message>
    <message>
        <source>The brand&apos;s own %1 labels are kept beside each size: guides and exports show them.</source>
        <translation>Les étiquettes %1 propres à la marque sont conservées à côté de chaque taille : les guides et les exports les affichent.</translation>
    </message>
    <message>
        <source>The chart&apos;s label columns that name no size system are not kept (%1).</source>
        <translation>Les colonnes d&apos;étiquettes du tableau qui ne nomment aucun système de tailles ne sont pas conservées (%1).</translation>
    </message>
    <message>
        <source>centimetres</source>
        <translation>centimètres</translation>
    </message>
    <message>
        <source>inches</source>
        <translation>pouces</translation>
    </message>
    <message>
        <source>garment measurements</source>
        <translation>mesures du vêtement</translation>
    </message>
    <message>
        <source>body measurements</source>
        <translation>mesures du corps</translation>
    </message>
    <message>
        <source>%1: %2, in %3, %4. Check the preview: this is what will be saved.</source>
        <translation>%1&#xa0;: %2, en %3, %4. Vérifiez l&apos;aperçu&#xa0;: c&apos;est ce qui sera enregistré.</translation>
    </message>
    <message>
        <source>The brand&apos;s own labels</source>
        <translation>Les tailles propres à la marque</translation>
    </message>
    <message>
        <source>Garment</source>
        <translation>Vêtement</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>No: whole girths</source>
        <translation>Non&#xa0;: tours entiers</translation>
    </message>
    <message>
        <source>Yes: half girths, doubled</source>
        <translation>Oui&#xa0;: demi-tours, doublés</translation>
    </message>
    <message>
        <source>Measured laid flat (half girths):</source>
        <translation>Mesuré à plat (demi-tours)&#xa0;:</translation>
    </message>
    <message>
        <source>Measured laid flat: %1 are half girths, doubled to whole girths (%2 → %3)</source>
        <translation>Mesuré à plat&#xa0;: %1 sont des demi-tours, doublés en tours entiers (%2 → %3)</translation>
    </message>
    <message>
        <source>“%1” is read as the bust girth: a women&apos;s chart</source>
        <translation>«&#xa0;%1&#xa0;» est lu comme tour de poitrine&#xa0;: un tableau pour femmes</translation>
    </message>
    <message>
        <source>As chosen.</source>
        <translation>Comme choisi.</translation>
    </message>
    <message>
        <source>The sheet says %1 in “%2”.</source>
        <translation>La feuille indique %1 dans «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The sheet says centimetres in “%1” and inches in “%2”; by the values: %3.</source>
        <translation>La feuille indique des centimètres dans «&#xa0;%1&#xa0;» et des pouces dans «&#xa0;%2&#xa0;»&#xa0;; d’après les valeurs&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Nothing says the unit; the values are plausible bodies in %1.</source>
        <translation>Rien n’indique l’unité&#xa0;; les valeurs sont des corps plausibles en %1.</translation>
    </message>
    <message>
        <source>“%1” is a short sleeve (%2–%3 cm from the shoulder) that fits no arm length: left out</source>
        <translation>«&#xa0;%1&#xa0;» est une manche courte (%2–%3 cm depuis l&apos;épaule) qui ne correspond à aucune longueur de bras&#xa0;: omise</translation>
    </message>
    <message>
        <source>“%1” is read as the sleeve length from the shoulder seam (arm length)</source>
        <translation>«&#xa0;%1&#xa0;» est lu comme la longueur de manche depuis la couture d&apos;épaule (longueur de bras)</translation>
    </message>
    <message>
        <source>adults measure %1 to %2 cm</source>
        <translation>les adultes mesurent de %1 à %2 cm</translation>
    </message>
    <message>
        <source>children measure %1 to %2 cm</source>
        <translation>les enfants mesurent de %1 à %2 cm</translation>
    </message>
    <message>
        <source>bodies measure %1 to %2 cm</source>
        <translation>les corps mesurent de %1 à %2 cm</translation>
    </message>
    <message>
        <source>the numbers look like inches: choose Inches above</source>
        <translation>les nombres ressemblent à des pouces&#xa0;: choisissez Pouces ci-dessus</translation>
    </message>
    <message>
        <source>the numbers look like centimetres: choose Centimetres above</source>
        <translation>les nombres ressemblent à des centimètres&#xa0;: choisissez Centimètres ci-dessus</translation>
    </message>
    <message>
        <source>they look like half girths of a garment laid flat: choose to double them above</source>
        <translation>ce sont sans doute des demi-tours d&apos;un vêtement mesuré à plat&#xa0;: choisissez de les doubler ci-dessus</translation>
    </message>
    <message>
        <source>they look like whole girths: choose whole girths above</source>
        <translation>ce sont sans doute des tours entiers&#xa0;: choisissez tours entiers ci-dessus</translation>
    </message>
    <message>
        <source>check the column&apos;s meaning and the numbers in the sheet</source>
        <translation>vérifiez le sens de la colonne et les nombres du tableau</translation>
    </message>
    <message>
        <source>%1: %2 %3 cannot be saved (%4); %5</source>
        <translation>%1&#xa0;: %2 %3 ne peut pas être enregistré (%4)&#xa0;; %5</translation>
    </message>
    <message>
        <source>%1 (the chart&apos;s %2)</source>
        <translation>%1 (le %2 du tableau)</translation>
    </message>
    <message>
        <source>The chart&apos;s measurements go to the sizes the listing sells: %1</source>
        <translation>Les mesures du tableau vont aux tailles que l&apos;article vend&#xa0;: %1</translation>
    </message>
    <message>
        <source>None of the chart&apos;s sizes is a size the listing sells.</source>
        <translation>Aucune taille du tableau n&apos;est une taille que l&apos;article vend.</translation>
    </message>
    <message>
        <source>the brand&apos;s own</source>
        <translation>celles de la marque</translation>
    </message>
    <message>
        <source>Also add the chart&apos;s sizes the listing does not sell: %1</source>
        <translation>Ajouter aussi les tailles du tableau que l&apos;article ne vend pas&#xa0;: %1</translation>
    </message>
    <message>
        <source>Remove the listing&apos;s sizes the chart does not give: %1</source>
        <translation>Retirer les tailles de l&apos;article que le tableau ne donne pas&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Apply the chart to %1</source>
        <translation>&amp;Appliquer le tableau à %1</translation>
    </message>
</context>
<context>
    <name>Cameras</name>
    <message>
        <source>Camera %1</source>
        <translation>Caméra %1</translation>
    </message>
</context>
<context>
    <name>CaptureScreen</name>
    <message>
        <source>Start over</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>The camera is not responding. Reconnecting… please wait.</source>
        <translation>La caméra ne répond pas. Reconnexion… veuillez patienter.</translation>
    </message>
    <message>
        <source>Turn to your side, arms a little away from your body. Get ready…</source>
        <translation>Tournez-vous de profil, les bras un peu écartés du corps. Préparez-vous…</translation>
    </message>
    <message>
        <source>Stand 2–3 m away, facing the camera, arms a little away from your body. Get ready…</source>
        <translation>Placez-vous à 2–3 m, face à la caméra, les bras un peu écartés du corps. Préparez-vous…</translation>
    </message>
    <message>
        <source>Please stay where you are.</source>
        <translation>Veuillez rester où vous êtes.</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Démarrage de la caméra…</translation>
    </message>
    <message>
        <source>The camera is still not working. Please ask a member of staff for help.</source>
        <translation>La caméra ne fonctionne toujours pas. Veuillez demander de l&apos;aide à un membre du personnel.</translation>
    </message>
    <message>
        <source>Please ask a member of staff.</source>
        <translation>Veuillez vous adresser à un membre du personnel.</translation>
    </message>
</context>
<context>
    <name>CatalogueMappingDialog</name>
    <message>
        <source>Which column is which?</source>
        <translation>Quelle colonne contient quoi&#xa0;?</translation>
    </message>
    <message>
        <source>%1 is not in Sizer&apos;s own columns. Check what each column holds; Sizer proposed it from the names and the values. Rows of one product become one listing, and its variants its sizes.</source>
        <translation>%1 n&apos;a pas les colonnes propres à Sizer. Vérifiez ce que contient chaque colonne&#xa0;; Sizer l&apos;a proposé d&apos;après les noms et les valeurs. Les lignes d&apos;un même produit deviennent un article, et ses variantes ses tailles.</translation>
    </message>
    <message>
        <source>This is the mapping you confirmed for files with these columns.</source>
        <translation>Voici l&apos;association que vous avez confirmée pour les fichiers avec ces colonnes.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Contient</translation>
    </message>
    <message>
        <source>(from the file)</source>
        <translation>(du fichier)</translation>
    </message>
    <message>
        <source>Category of rows that give none:</source>
        <translation>Catégorie des lignes qui n&apos;en indiquent aucune&#xa0;:</translation>
    </message>
    <message>
        <source>(from the file, else each product&apos;s labels)</source>
        <translation>(du fichier, sinon des étiquettes de chaque article)</translation>
    </message>
    <message>
        <source>Size system of the labels:</source>
        <translation>Système de tailles des étiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>Category in the file</source>
        <translation>Catégorie dans le fichier</translation>
    </message>
    <message>
        <source>Sizer category</source>
        <translation>Catégorie Sizer</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choisir)</translation>
    </message>
    <message>
        <source>&amp;Remember for files with these columns</source>
        <translation>&amp;Mémoriser pour les fichiers avec ces colonnes</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Choose the Sizer category of: %1</source>
        <translation>Choisissez la catégorie Sizer de&#xa0;: %1</translation>
    </message>
    <message>
        <source>These are the choices the file was read with: change what is wrong, and Import reads it again.</source>
        <translation>Voici les choix avec lesquels le fichier a été lu&#xa0;: corrigez ce qui ne va pas, et Importer le relit.</translation>
    </message>
    <message>
        <source>Not sized: leave out</source>
        <translation>Sans taille : laisser de côté</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Export recommendations…</source>
        <translation>E&amp;xporter les recommandations…</translation>
    </message>
    <message>
        <source>Size &amp;guide…</source>
        <translation>&amp;Guide des tailles…</translation>
    </message>
    <message>
        <source>ID or title</source>
        <translation>Identifiant ou titre</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtre&#xa0;:</translation>
    </message>
    <message>
        <source>Only listings with a &amp;fitting size</source>
        <translation>Seulement les articles avec une taille &amp;adaptée</translation>
    </message>
    <message>
        <source>Whom the recommendations are for: their listings first, unisex ones next, the others hidden</source>
        <translation>Pour qui sont les recommandations&#xa0;: leurs articles d&apos;abord, puis les articles unisexes, les autres masqués</translation>
    </message>
    <message>
        <source>For anyone</source>
        <translation>Pour tous</translation>
    </message>
    <message>
        <source>For women</source>
        <translation>Pour femme</translation>
    </message>
    <message>
        <source>For men</source>
        <translation>Pour homme</translation>
    </message>
    <message>
        <source>For kids</source>
        <translation>Pour enfant</translation>
    </message>
    <message>
        <source>For girls</source>
        <translation>Pour fille</translation>
    </message>
    <message>
        <source>For boys</source>
        <translation>Pour garçon</translation>
    </message>
    <message>
        <source>For a baby</source>
        <translation>Pour bébé</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Open a catalogue</source>
        <translation>Ouvrir un catalogue</translation>
    </message>
    <message>
        <source>Catalogues (*.csv *.xlsx *.txt *.tsv);;All files (*)</source>
        <translation>Catalogues (*.csv *.xlsx *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>bundled sample catalogue</source>
        <translation>catalogue d&apos;exemple fourni</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the catalogue</source>
        <translation>Enregistrer le catalogue</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The catalogue was not saved: %1</source>
        <translation>Le catalogue n&apos;a pas été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The catalogue</source>
        <translation>Le catalogue</translation>
    </message>
    <message numerus="yes">
        <source>%1 now has the %Ln size(s) of the brand chart; Save to keep them.</source>
        <translation>
            <numerusform>%1 a maintenant la %Ln taille du tableau de la marque&#xa0;; enregistrez pour la conserver.</numerusform>
            <numerusform>%1 a maintenant les %Ln tailles du tableau de la marque&#xa0;; enregistrez pour les conserver.</numerusform>
        </translation>
    </message>
    <message>
        <source>No body profile yet: measure or type one on the Measure page.</source>
        <translation>Pas encore de profil corporel&#xa0;: mesurez-le ou saisissez-le sur la page Mesurer.</translation>
    </message>
    <message>
        <source>How to measure:</source>
        <translation>Comment mesurer&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recommended size: %1&lt;/b&gt; (%2, confidence %3 %)</source>
        <translation>&lt;b&gt;Taille recommandée&#xa0;: %1&lt;/b&gt; (%2, confiance %3 %)</translation>
    </message>
    <message>
        <source>Runner-up: %1</source>
        <translation>Deuxième choix&#xa0;: %1</translation>
    </message>
    <message>
        <source>Closest size: %1</source>
        <translation>Taille la plus proche&#xa0;: %1</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>non mesuré</translation>
    </message>
    <message>
        <source>No size: your %1 is %2 cm over the largest size.</source>
        <translation>Aucune taille&#xa0;: votre %1 dépasse de %2 cm la plus grande taille.</translation>
    </message>
    <message>
        <source>No size: your %1 is %2 cm under the smallest size.</source>
        <translation>Aucune taille&#xa0;: il manque %2 cm à votre %1 pour atteindre la plus petite taille.</translation>
    </message>
    <message>
        <source>The best of the sizes; it will be off at: %1</source>
        <translation>La meilleure des tailles&#xa0;; elle ne conviendra pas pour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Length chosen by your %1</source>
        <translation>Longueur choisie d&apos;après&#xa0;: %1</translation>
    </message>
    <message>
        <source>To recommend a size, add: %1</source>
        <translation>Pour recommander une taille, ajoutez&#xa0;: %1</translation>
    </message>
    <message>
        <source>More certain with: %1</source>
        <translation>Plus sûre avec&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is nothing to export yet: a body profile is needed (measure or type one on the Measure page).</source>
        <translation>Il n&apos;y a encore rien à exporter&#xa0;: un profil corporel est nécessaire (mesurez-le ou saisissez-le sur la page Mesurer).</translation>
    </message>
    <message>
        <source>Export the recommendations</source>
        <translation>Exporter les recommandations</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx);;JSON (*.json)</source>
        <translation>CSV (*.csv);;Classeur Excel (*.xlsx);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Select a listing first: a size guide is made for one listing (click it in the list above).</source>
        <translation>Sélectionnez d&apos;abord un article&#xa0;: un guide des tailles est établi pour un seul article (cliquez dessus dans la liste ci-dessus).</translation>
    </message>
    <message>
        <source>There is no listing to make a size guide for: open a catalogue, or clear the filter.</source>
        <translation>Il n&apos;y a aucun article pour lequel établir un guide des tailles&#xa0;: ouvrez un catalogue ou effacez le filtre.</translation>
    </message>
    <message>
        <source>Save the size guide</source>
        <translation>Enregistrer le guide des tailles</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Inchangé&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Brand chart…</source>
        <translation>Tableau de la &amp;marque…</translation>
    </message>
    <message>
        <source>&amp;Marketplace files…</source>
        <translation>Fichiers pour les market&amp;places…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln row(s); rows left out for problems: %1.</source>
        <translation>
            <numerusform>%Ln ligne importée&#xa0;; lignes ignorées pour des problèmes&#xa0;: %1.</numerusform>
            <numerusform>%Ln lignes importées&#xa0;; lignes ignorées pour des problèmes&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln listing(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln size(s)</source>
        <translation>
            <numerusform>%Ln taille</numerusform>
            <numerusform>%Ln tailles</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the listing whose sizes the brand chart gives.</source>
        <translation>Sélectionnez l&apos;article dont le tableau de la marque donne les tailles.</translation>
    </message>
    <message>
        <source>Open a brand&apos;s size chart</source>
        <translation>Ouvrir le tableau des tailles d&apos;une marque</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt *.tsv);;All files (*)</source>
        <translation>Feuilles de calcul (*.csv *.xlsx *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save the chart file</source>
        <translation>Enregistrer le fichier de tableau</translation>
    </message>
    <message>
        <source>Size chart (*.toml)</source>
        <translation>Tableau des tailles (*.toml)</translation>
    </message>
    <message numerus="yes">
        <source>Recommending for a profile of %Ln measurement(s)</source>
        <translation>
            <numerusform>Recommandations pour un profil de %Ln mesure</numerusform>
            <numerusform>Recommandations pour un profil de %Ln mesures</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for the pictures</source>
        <translation>Dossier pour les images</translation>
    </message>
    <message>
        <source>Save the marketplace file</source>
        <translation>Enregistrer le fichier pour la marketplace</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Web page (*.html);;PDF (*.pdf);;Picture (*.png *.jpg)</source>
        <translation>Page web (*.html);;PDF (*.pdf);;Image (*.png *.jpg)</translation>
    </message>
    <message>
        <source>Change which column of your file is which, then import it again</source>
        <translation>Modifier le rôle de chaque colonne de votre fichier, puis l’importer à nouveau</translation>
    </message>
    <message>
        <source>%1 is no longer there.</source>
        <translation>%1 n’existe plus.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) of products without sizes left out, as mapped.</source>
        <translation>
            <numerusform>%Ln ligne d’un produit sans tailles laissée de côté, comme indiqué dans la correspondance.</numerusform>
            <numerusform>%Ln lignes de produits sans tailles laissées de côté, comme indiqué dans la correspondance.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the catalogue under a new name</source>
        <translation>Enregistrer le catalogue sous un nouveau nom</translation>
    </message>
    <message>
        <source>Save the catalogue (Ctrl+S)</source>
        <translation>Enregistrer le catalogue (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save asks for a new name: %1</source>
        <translation>Enregistrer demandera un nouveau nom&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Change mapping…</source>
        <translation>&amp;Modifier la correspondance…</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <source>inches</source>
        <translation>pouces</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Unités&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Systems</source>
        <translation>&amp;Systèmes</translation>
    </message>
    <message>
        <source>e.g. 8, M, 38</source>
        <translation>p. ex. 8, M, 38</translation>
    </message>
    <message>
        <source>&amp;Find a size:</source>
        <translation>&amp;Trouver une taille&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Copy table</source>
        <translation>C&amp;opier le tableau</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Size charts</source>
        <translation>Tableaux des tailles</translation>
    </message>
    <message>
        <source>in</source>
        <translation>po</translation>
    </message>
    <message>
        <source>Click a size, or type one above, to see its equivalents.</source>
        <translation>Cliquez sur une taille, ou saisissez-la ci-dessus, pour voir ses équivalences.</translation>
    </message>
    <message>
        <source>%1 %2 equals: %3&lt;br&gt;Body: %4 %5</source>
        <translation>%1 %2 équivaut à&#xa0;: %3&lt;br&gt;Corps&#xa0;: %4 %5</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Vouliez-vous dire %1&#xa0;?</translation>
    </message>
    <message>
        <source>Choose one of the suggestions.</source>
        <translation>Choisissez l&apos;une des suggestions.</translation>
    </message>
    <message>
        <source>%1 has no size %2.</source>
        <translation>%1 n&apos;a pas de taille %2.</translation>
    </message>
    <message>
        <source>Conventions</source>
        <translation>Conventions</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
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
        <translation>Exporter le tableau des tailles</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ClothingScreen</name>
    <message>
        <source>What are you wearing?</source>
        <translation>Que portez-vous&#xa0;?</translation>
    </message>
    <message>
        <source>Clothes change the outline the camera sees. Tap the closest answer.</source>
        <translation>Les vêtements changent la silhouette que voit la caméra. Touchez la réponse la plus proche.</translation>
    </message>
    <message>
        <source>Fitted</source>
        <translation>Ajustés</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Normaux</translation>
    </message>
    <message>
        <source>Loose</source>
        <translation>Amples</translation>
    </message>
    <message>
        <source>T-shirt and leggings, sportswear</source>
        <translation>T-shirt et legging, tenue de sport</translation>
    </message>
    <message>
        <source>A shirt and trousers that follow the body without hanging</source>
        <translation>Une chemise et un pantalon qui suivent le corps sans pendre</translation>
    </message>
    <message>
        <source>A hoodie, a loose dress or wide trousers</source>
        <translation>Un sweat à capuche, une robe ample ou un pantalon large</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>The camera sees loose clothes.</source>
        <translation>La caméra voit des vêtements amples.</translation>
    </message>
    <message>
        <source>Loose clothes cannot be measured.</source>
        <translation>Les vêtements amples ne peuvent pas être mesurés.</translation>
    </message>
    <message>
        <source>Loose clothes hide the body&apos;s shape, so the girths would read several centimetres too big. Change into a fitted top and leggings and measure again, or measure with a tape following the illustrated measuring guide.</source>
        <translation>Les vêtements amples cachent la forme du corps&#xa0;: les tours mesurés seraient trop grands de plusieurs centimètres. Mettez un haut ajusté et un legging puis mesurez de nouveau, ou mesurez avec un mètre ruban en suivant le guide de mesure illustré.</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>(not imported)</source>
        <translation>(non importé)</translation>
    </message>
    <message>
        <source>Listing id (product, style number)</source>
        <translation>Identifiant de l&apos;article (produit, référence)</translation>
    </message>
    <message>
        <source>Variant SKU (per size)</source>
        <translation>SKU de la variante (par taille)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Category / product type</source>
        <translation>Catégorie / type de produit</translation>
    </message>
    <message>
        <source>Department / gender</source>
        <translation>Rayon / genre</translation>
    </message>
    <message>
        <source>Age group (adult, kids, toddler, infant)</source>
        <translation>Tranche d’âge (adulte, enfant, tout-petit, bébé)</translation>
    </message>
    <message>
        <source>Size class (Amazon: Alpha, Numeric, Age)</source>
        <translation>Classe de taille (Amazon&#xa0;: Alpha, Numeric, Age)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Size system</source>
        <translation>Système de tailles</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Coupe</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Élasticité</translation>
    </message>
    <message>
        <source>Colour (sizes shared by every colour)</source>
        <translation>Couleur (tailles communes à toutes les couleurs)</translation>
    </message>
    <message>
        <source>Parent or child row (Amazon)</source>
        <translation>Ligne parent ou enfant (Amazon)</translation>
    </message>
    <message>
        <source>Option %1 name</source>
        <translation>Nom de l&apos;option %1</translation>
    </message>
    <message>
        <source>Option %1 value</source>
        <translation>Valeur de l&apos;option %1</translation>
    </message>
    <message>
        <source>%1: body range</source>
        <translation>%1&#xa0;: intervalle corporel</translation>
    </message>
    <message>
        <source>%1: body minimum</source>
        <translation>%1&#xa0;: minimum corporel</translation>
    </message>
    <message>
        <source>%1: body maximum</source>
        <translation>%1&#xa0;: maximum corporel</translation>
    </message>
    <message>
        <source>%1: garment measurement</source>
        <translation>%1&#xa0;: mesure du vêtement</translation>
    </message>
    <message>
        <source>in</source>
        <translation>po</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <source>Choose the column that holds the listing id (e.g. Handle, parent_sku, 款号).</source>
        <translation>Choisissez la colonne qui contient l&apos;identifiant de l&apos;article (p. ex. Handle, parent_sku, 款号).</translation>
    </message>
    <message>
        <source>Choose the column that holds the title.</source>
        <translation>Choisissez la colonne qui contient le titre.</translation>
    </message>
    <message>
        <source>Choose the column that holds the size (e.g. Size, Option1 Value, 尺码).</source>
        <translation>Choisissez la colonne qui contient la taille (p. ex. Size, Option1 Value, 尺码).</translation>
    </message>
    <message>
        <source>Choose the category column, or one category for every row.</source>
        <translation>Choisissez la colonne de catégorie, ou une catégorie pour toutes les lignes.</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Columns of the orders file</source>
        <translation>Colonnes du fichier de commandes</translation>
    </message>
    <message>
        <source>Sizer does not know this file&apos;s layout. Say which column holds what; fields marked * are needed.</source>
        <translation>Sizer ne connaît pas la structure de ce fichier. Indiquez ce que contient chaque colonne&#xa0;; les champs marqués d&apos;un * sont obligatoires.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Remember for files with these columns</source>
        <translation>Mémoriser pour les fichiers avec ces colonnes</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <source>Before we start</source>
        <translation>Avant de commencer</translation>
    </message>
    <message>
        <source>The camera is used only to measure your body outline while you stand in front of it. Please wear fitted clothes for the best result.</source>
        <translation>La caméra sert uniquement à mesurer la silhouette de votre corps pendant que vous vous tenez devant elle. Pour un meilleur résultat, portez des vêtements près du corps.</translation>
    </message>
    <message>
        <source>No picture or video is stored or sent anywhere: each camera image is measured in this kiosk and thrown away at once.</source>
        <translation>Aucune photo ni vidéo n&apos;est conservée ni envoyée&#xa0;: chaque image de la caméra est mesurée dans cette borne puis aussitôt effacée.</translation>
    </message>
    <message>
        <source>Your height, measurements and sizes are erased when you finish, press “Start over”, or walk away.</source>
        <translation>Votre stature, vos mesures et vos tailles sont effacées lorsque vous terminez, appuyez sur «&#xa0;Recommencer&#xa0;» ou vous éloignez.</translation>
    </message>
    <message>
        <source>I agree, continue</source>
        <translation>J&apos;accepte, continuer</translation>
    </message>
    <message>
        <source>No, thanks</source>
        <translation>Non, merci</translation>
    </message>
</context>
<context>
    <name>CountedProblems</name>
    <message numerus="yes">
        <source>{path}: %Ln problem(s); nothing was imported</source>
        <translation>
            <numerusform>{path}&#xa0;: %Ln problème&#xa0;; rien n&apos;a été importé</numerusform>
            <numerusform>{path}&#xa0;: %Ln problèmes&#xa0;; rien n&apos;a été importé</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln valid row(s); accept them with --accept-valid-rows)</source>
        <translation>
            <numerusform> (%Ln ligne valide&#xa0;; acceptez-la avec --accept-valid-rows)</numerusform>
            <numerusform> (%Ln lignes valides&#xa0;; acceptez-les avec --accept-valid-rows)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) in the orders; nothing was imported</source>
        <translation>
            <numerusform>%Ln problème dans les commandes&#xa0;; rien n&apos;a été importé</numerusform>
            <numerusform>%Ln problèmes dans les commandes&#xa0;; rien n&apos;a été importé</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more problem(s) of the same kinds</source>
        <translation>
            <numerusform>et %Ln autre problème des mêmes types</numerusform>
            <numerusform>et %Ln autres problèmes des mêmes types</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s) of order {order} SKU {sku} returned, {sold} sold</source>
        <translation>
            <numerusform>%Ln unité retournée pour la commande {order}, SKU {sku}, sur {sold} vendues</numerusform>
            <numerusform>%Ln unités retournées pour la commande {order}, SKU {sku}, sur {sold} vendues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{listing}: {why}, so all %Ln size(s) are sent in the listing&apos;s own system {system} ({span}): one system for the whole listing, each size distinct</source>
        <translation>
            <numerusform>{listing} : {why}, donc sa %Ln taille est envoyée dans le système propre à l’article, {system} ({span}) : un seul système pour tout l’article, chaque taille distincte</numerusform>
            <numerusform>{listing} : {why}, donc ses %Ln tailles sont envoyées dans le système propre à l’article, {system} ({span}) : un seul système pour tout l’article, chaque taille distincte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln size chart(s) for {brand} on Amazon {marketplace} written to {path}</source>
        <translation>
            <numerusform>%Ln tableau des tailles pour {brand} sur Amazon {marketplace} écrit dans {path}</numerusform>
            <numerusform>%Ln tableaux des tailles pour {brand} sur Amazon {marketplace} écrits dans {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>size attributes of %Ln child listing(s) written to {path}</source>
        <translation>
            <numerusform>attributs de taille de %Ln article enfant écrits dans {path}</numerusform>
            <numerusform>attributs de taille de %Ln articles enfants écrits dans {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Google Merchant size attributes of %Ln variant(s) written to {path}</source>
        <translation>
            <numerusform>attributs de taille Google Merchant de %Ln variante écrits dans {path}</numerusform>
            <numerusform>attributs de taille Google Merchant de %Ln variantes écrits dans {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln size-chart metaobject(s) written to {path}</source>
        <translation>
            <numerusform>%Ln métaobjet de tableau des tailles écrit dans {path}</numerusform>
            <numerusform>%Ln métaobjets de tableau des tailles écrits dans {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>metafields of %Ln product(s) written to {path}</source>
        <translation>
            <numerusform>métachamps de %Ln produit écrits dans {path}</numerusform>
            <numerusform>métachamps de %Ln produits écrits dans {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln size-chart picture(s) ({width} x {height} px) written to {path}</source>
        <translation>
            <numerusform>%Ln image de tableau des tailles ({width} x {height} px) écrite dans {path}</numerusform>
            <numerusform>%Ln images de tableau des tailles ({width} x {height} px) écrites dans {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.</source>
        <translation>%1 comporte des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Save them before going on?</source>
        <translation>Les enregistrer avant de continuer&#xa0;?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existe déjà. Le remplacer ?</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Sizer: something went wrong</source>
        <translation>Sizer&#xa0;: une erreur s&apos;est produite</translation>
    </message>
    <message>
        <source>Sizer</source>
        <translation>Sizer</translation>
    </message>
    <message>
        <source>Details were written to the log file:
%1</source>
        <translation>Les détails ont été écrits dans le fichier journal&#xa0;:
%1</translation>
    </message>
</context>
<context>
    <name>GuidesPage</name>
    <message>
        <source>Whole body</source>
        <translation>Corps entier</translation>
    </message>
    <message>
        <source>Head and neck</source>
        <translation>Tête et cou</translation>
    </message>
    <message>
        <source>Torso</source>
        <translation>Torse</translation>
    </message>
    <message>
        <source>Arms and hands</source>
        <translation>Bras et mains</translation>
    </message>
    <message>
        <source>Legs and feet</source>
        <translation>Jambes et pieds</translation>
    </message>
    <message>
        <source>Garments laid flat</source>
        <translation>Vêtements à plat</translation>
    </message>
    <message>
        <source>Measuring guides by body zone</source>
        <translation>Guides de mesure par zone du corps</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>Measuring guides</source>
        <translation>Guides de mesure</translation>
    </message>
    <message>
        <source>Print the measuring guide</source>
        <translation>Imprimer le guide de mesure</translation>
    </message>
    <message>
        <source>Save the measuring guide as PDF</source>
        <translation>Enregistrer le guide de mesure en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>HeightField</name>
    <message>
        <source>e.g. 182 cm, 5 ft 11, 5&apos;11&quot;, 71 in</source>
        <translation>p. ex. 182 cm, 5 ft 11, 5&apos;11&quot;, 71 in</translation>
    </message>
    <message>
        <source>Type your height in cm, in feet and inches, or in inches; the line below says what was understood.</source>
        <translation>Saisissez votre stature en cm, en pieds et pouces ou en pouces&#xa0;; la ligne ci-dessous indique ce qui a été compris.</translation>
    </message>
    <message>
        <source>How to measure: %1</source>
        <translation>Comment mesurer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Understood: %1</source>
        <translation>Compris&#xa0;: %1</translation>
    </message>
    <message>
        <source>Enter your height, e.g. 182 cm or 5 ft 11.</source>
        <translation>Saisissez votre stature, p. ex. 182 cm ou 5 ft 11.</translation>
    </message>
    <message>
        <source>%1 is not a height the camera can measure: enter %2 to %3 cm (e.g. 182 cm, 5 ft 11, 71 in).</source>
        <translation>%1 n&apos;est pas une stature que la caméra peut mesurer&#xa0;: saisissez de %2 à %3 cm (p. ex. 182 cm, 5 ft 11, 71 in).</translation>
    </message>
    <message>
        <source>“%1” is not a height: write it like 182 cm, 1.82 m, 5 ft 11, 5&apos;11&quot; or 71 in.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une stature&#xa0;: écrivez-la comme 182 cm, 1,82 m, 5 ft 11, 5&apos;11&quot; ou 71 in.</translation>
    </message>
    <message>
        <source>Enter your height: the camera measures everything else in proportion to it.</source>
        <translation>Saisissez votre stature&#xa0;: la caméra mesure tout le reste proportionnellement à elle.</translation>
    </message>
</context>
<context>
    <name>HeightScreen</name>
    <message>
        <source>How tall are you?</source>
        <translation>Combien mesurez-vous&#xa0;?</translation>
    </message>
    <message>
        <source>Without shoes. Your height sets the scale of every measurement.</source>
        <translation>Sans chaussures. Votre stature fixe l&apos;échelle de toutes les mesures.</translation>
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
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
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
        <translation>Veuillez saisir une stature comprise entre %1 et %2 cm.</translation>
    </message>
    <message>
        <source>Inches go from 0 to 11.</source>
        <translation>Les pouces vont de 0 à 11.</translation>
    </message>
    <message>
        <source>Please enter a height between %1 ft %2 in and %3 ft %4 in.</source>
        <translation>Veuillez saisir une stature comprise entre %1 ft %2 in et %3 ft %4 in.</translation>
    </message>
</context>
<context>
    <name>ImportIssuesDialog</name>
    <message>
        <source>Problems in the catalogue file</source>
        <translation>Problèmes dans le fichier catalogue</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %Ln problem(s). Nothing has been imported yet.</source>
        <translation>
            <numerusform>%1 comporte %Ln problème. Rien n&apos;a encore été importé.</numerusform>
            <numerusform>%1 comporte %Ln problèmes. Rien n&apos;a encore été importé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>(header)</source>
        <translation>(en-tête)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import the %Ln valid row(s)</source>
        <translation>
            <numerusform>&amp;Importer la %Ln ligne valide</numerusform>
            <numerusform>&amp;Importer les %Ln lignes valides</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows with problems are left out; fix the file and open it again to import them too.</source>
        <translation>Les lignes comportant des problèmes sont ignorées&#xa0;; corrigez le fichier et rouvrez-le pour les importer aussi.</translation>
    </message>
    <message>
        <source>&amp;Change mapping…</source>
        <translation>&amp;Modifier la correspondance…</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>KioskResults</name>
    <message>
        <source>Your size · %1% sure</source>
        <translation>Votre taille · sûre à %1%</translation>
    </message>
    <message>
        <source>Between sizes: %1 would also fit</source>
        <translation>Entre deux tailles&#xa0;: %1 vous irait aussi</translation>
    </message>
    <message>
        <source>Your best size; the notes say where it is off</source>
        <translation>Votre meilleure taille&#xa0;; les remarques indiquent où elle ne convient pas</translation>
    </message>
    <message>
        <source>No size: even the largest, %1, is too small for you</source>
        <translation>Aucune taille&#xa0;: même la plus grande, %1, est trop petite pour vous</translation>
    </message>
    <message>
        <source>No size: even the smallest, %1, is too big for you</source>
        <translation>Aucune taille&#xa0;: même la plus petite, %1, est trop grande pour vous</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>My sizes</source>
        <translation>Mes tailles</translation>
    </message>
    <message>
        <source>Still there? Touch the screen to carry on.
Starting over in %1 s.</source>
        <translation>Vous êtes toujours là&#xa0;? Touchez l&apos;écran pour continuer.
Nouveau départ dans %1 s.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>%1: %2</source>
        <comment>a name and its value, e.g. Chest girth: snug</comment>
        <translation>%1&#xa0;: %2</translation>
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
        <translation>Titre</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Size system</source>
        <translation>Système de tailles</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Coupe</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Élasticité</translation>
    </message>
    <message>
        <source>Sizes</source>
        <translation>Tailles</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recommandée</translation>
    </message>
    <message>
        <source>Runner-up</source>
        <translation>Deuxième choix</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
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
        <translation>Pages</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open catalogue…</source>
        <translation>&amp;Ouvrir un catalogue…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Open the bundled sa&amp;mple catalogue</source>
        <translation>Ouvrir le catalogue d&apos;&amp;exemple fourni</translation>
    </message>
    <message>
        <source>&amp;Save catalogue</source>
        <translation>Enregi&amp;strer le catalogue</translation>
    </message>
    <message>
        <source>Save catalogue &amp;as…</source>
        <translation>Enregistrer le catalogue so&amp;us…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Catalogue (CSV or Excel)…</source>
        <translation>&amp;Catalogue (CSV ou Excel)…</translation>
    </message>
    <message>
        <source>Body &amp;profile…</source>
        <translation>&amp;Profil corporel…</translation>
    </message>
    <message>
        <source>P&amp;hotos to measure…</source>
        <translation>P&amp;hotos à mesurer…</translation>
    </message>
    <message>
        <source>&amp;Video to measure…</source>
        <translation>&amp;Vidéo à mesurer…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>&amp;Recommendations…</source>
        <translation>&amp;Recommandations…</translation>
    </message>
    <message>
        <source>Size &amp;guide of the selected listing…</source>
        <translation>&amp;Guide des tailles de l&apos;article sélectionné…</translation>
    </message>
    <message>
        <source>&amp;Marketplace files…</source>
        <translation>Fichiers pour les &amp;marketplaces…</translation>
    </message>
    <message>
        <source>Size &amp;chart as CSV…</source>
        <translation>&amp;Tableau des tailles en CSV…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d&apos;utilisation</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Ouvrir le dossier du &amp;journal</translation>
    </message>
    <message>
        <source>&amp;About Sizer</source>
        <translation>À &amp;propos de Sizer</translation>
    </message>
    <message>
        <source>No catalogues opened yet</source>
        <translation>Aucun catalogue ouvert pour l&apos;instant</translation>
    </message>
    <message>
        <source>About Sizer</source>
        <translation>À propos de Sizer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sizer %1&lt;/b&gt;&lt;br&gt;Size charts that convert between countries, illustrated measuring guides, body measurements from a camera, and a recommended size for every listing.&lt;br&gt;Chinese, Japanese and Korean text is set in Noto Sans CJK (SIL Open Font License).</source>
        <translation>&lt;b&gt;Sizer %1&lt;/b&gt;&lt;br&gt;Des tableaux des tailles qui convertissent d&apos;un pays à l&apos;autre, des guides de mesure illustrés, des mesures du corps par caméra et une taille recommandée pour chaque article.&lt;br&gt;Les textes chinois, japonais et coréens sont composés en Noto Sans CJK (SIL Open Font License).</translation>
    </message>
    <message>
        <source>&amp;Change column mapping…</source>
        <translation>Modifier la &amp;correspondance des colonnes…</translation>
    </message>
</context>
<context>
    <name>MeasurePage</name>
    <message>
        <source>C&amp;amera:</source>
        <translation>&amp;Caméra&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start camera</source>
        <translation>&amp;Démarrer la caméra</translation>
    </message>
    <message>
        <source>Open &amp;video…</source>
        <translation>Ouvrir une &amp;vidéo…</translation>
    </message>
    <message>
        <source>Open p&amp;hotos…</source>
        <translation>Ouvrir des p&amp;hotos…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>A&amp;rrêter</translation>
    </message>
    <message>
        <source>Measure from a video…</source>
        <translation>Mesurer à partir d&apos;une vidéo…</translation>
    </message>
    <message>
        <source>Measure from photos…</source>
        <translation>Mesurer à partir de photos…</translation>
    </message>
    <message>
        <source>Snug</source>
        <translation>Ajustée</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>Loose</source>
        <translation>Ample</translation>
    </message>
    <message>
        <source>Preferred &amp;fit:</source>
        <translation>Co&amp;upe préférée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Load profile…</source>
        <translation>Char&amp;ger un profil…</translation>
    </message>
    <message>
        <source>Save p&amp;rofile…</source>
        <translation>Enregistrer le &amp;profil…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>Your measurements</source>
        <translation>Vos mesures</translation>
    </message>
    <message>
        <source>Measured values can be corrected by hand; “?” shows how to measure.</source>
        <translation>Les valeurs mesurées peuvent être corrigées à la main&#xa0;; «&#xa0;?&#xa0;» montre comment mesurer.</translation>
    </message>
    <message>
        <source>Stand 2–3 m from the camera in fitted clothes, whole body in view, then press Start camera. No camera? Measure from a video or from a front and a side photo.</source>
        <translation>Placez-vous à 2–3 m de la caméra, en vêtements près du corps et le corps entier visible, puis appuyez sur Démarrer la caméra. Pas de caméra&#xa0;? Mesurez à partir d&apos;une vidéo ou d&apos;une photo de face et d&apos;une photo de profil.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesurer</translation>
    </message>
    <message>
        <source>Measure from a video</source>
        <translation>Mesurer à partir d&apos;une vidéo</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.avi *.mov *.mkv *.webm);;All files (*)</source>
        <translation>Vidéos (*.mp4 *.avi *.mov *.mkv *.webm);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Measure from photos: one facing the camera, one from the side</source>
        <translation>Mesurer à partir de photos&#xa0;: une face à la caméra, une de profil</translation>
    </message>
    <message>
        <source>Photos (*.png *.jpg *.jpeg *.bmp *.webp)</source>
        <translation>Photos (*.png *.jpg *.jpeg *.bmp *.webp)</translation>
    </message>
    <message>
        <source>Choose two photos: one facing the camera and one from the side.</source>
        <translation>Choisissez deux photos&#xa0;: une face à la caméra et une de profil.</translation>
    </message>
    <message>
        <source>Measuring the photos… (the pose model loads the first time)</source>
        <translation>Mesure des photos… (le modèle de pose se charge la première fois)</translation>
    </message>
    <message>
        <source>The photos could not be measured: %1</source>
        <translation>Les photos n&apos;ont pas pu être mesurées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Enter your height first: the camera measures everything else in proportion to it.</source>
        <translation>Saisissez d&apos;abord votre stature&#xa0;: la caméra mesure tout le reste proportionnellement à elle.</translation>
    </message>
    <message>
        <source>Starting… (the pose model loads the first time)</source>
        <translation>Démarrage… (le modèle de pose se charge la première fois)</translation>
    </message>
    <message>
        <source>The video or photos ended before both views were captured. Use a video or photos showing the whole body facing the camera, then from the side.</source>
        <translation>La vidéo ou les photos se sont terminées avant que les deux vues soient saisies. Utilisez une vidéo ou des photos montrant le corps entier face à la caméra, puis de profil.</translation>
    </message>
    <message>
        <source>The capture stopped: %1</source>
        <translation>La capture s&apos;est arrêtée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Load a body profile</source>
        <translation>Charger un profil corporel</translation>
    </message>
    <message>
        <source>Body profiles (*.json)</source>
        <translation>Profils corporels (*.json)</translation>
    </message>
    <message>
        <source>There are no measurements to save yet.</source>
        <translation>Il n&apos;y a pas encore de mesures à enregistrer.</translation>
    </message>
    <message>
        <source>Save the body profile</source>
        <translation>Enregistrer le profil corporel</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>You are wearing:</source>
        <translation>Vous portez&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;itted</source>
        <translation>&amp;Ajusté</translation>
    </message>
    <message>
        <source>T-shirt and leggings, sportswear or underwear</source>
        <translation>T-shirt et legging, tenue de sport ou sous-vêtements</translation>
    </message>
    <message>
        <source>Re&amp;gular</source>
        <translation>&amp;Normal</translation>
    </message>
    <message>
        <source>A shirt and trousers that follow the body without hanging</source>
        <translation>Une chemise et un pantalon qui suivent le corps sans pendre</translation>
    </message>
    <message>
        <source>Loos&amp;e</source>
        <translation>A&amp;mple</translation>
    </message>
    <message>
        <source>A hoodie, a loose dress or wide trousers</source>
        <translation>Un sweat à capuche, une robe ample ou un pantalon large</translation>
    </message>
    <message>
        <source>Loose clothes hide the body&apos;s shape, so the girths would read several centimetres too big. Change into a fitted top and leggings (or underwear) and measure again, or measure with a tape following the illustrated measuring guide (the “?” beside each measurement).</source>
        <translation>Les vêtements amples cachent la forme du corps, si bien que les tours seraient plusieurs centimètres trop grands. Mettez un haut près du corps et un legging (ou des sous-vêtements) et mesurez de nouveau, ou mesurez avec un mètre ruban en suivant le guide de mesure illustré (le «&#xa0;?&#xa0;» à côté de chaque mesure).</translation>
    </message>
    <message>
        <source>No camera could be opened (%1): %2
You can measure from a video or photos instead.</source>
        <translation>Aucune caméra n&apos;a pu être ouverte (%1)&#xa0;: %2
Vous pouvez plutôt mesurer à partir d&apos;une vidéo ou de photos.</translation>
    </message>
    <message>
        <source>Wh&amp;o:</source>
        <translation>P&amp;our qui&#xa0;:</translation>
    </message>
    <message>
        <source>%1 left out: %2</source>
        <translation>%1 laissé de côté&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>MeasurementField</name>
    <message>
        <source>How to measure: %1</source>
        <translation>Comment mesurer&#xa0;: %1</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>à la main</translation>
    </message>
    <message>
        <source>Changed by hand; it was %1</source>
        <translation>Modifié à la main&#xa0;; c&apos;était %1</translation>
    </message>
    <message>
        <source>Estimated uncertainty of the camera measurement</source>
        <translation>Incertitude estimée de la mesure par caméra</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>Women&apos;s tops</source>
        <translation>Hauts femme</translation>
    </message>
    <message>
        <source>Women&apos;s dresses</source>
        <translation>Robes femme</translation>
    </message>
    <message>
        <source>Women&apos;s trousers</source>
        <translation>Pantalons femme</translation>
    </message>
    <message>
        <source>Men&apos;s tops</source>
        <translation>Hauts homme</translation>
    </message>
    <message>
        <source>Men&apos;s shirts</source>
        <translation>Chemises homme</translation>
    </message>
    <message>
        <source>Men&apos;s suits</source>
        <translation>Costumes homme</translation>
    </message>
    <message>
        <source>Men&apos;s trousers</source>
        <translation>Pantalons homme</translation>
    </message>
    <message>
        <source>Bras</source>
        <translation>Soutiens-gorge</translation>
    </message>
    <message>
        <source>Men&apos;s shoes</source>
        <translation>Chaussures homme</translation>
    </message>
    <message>
        <source>Women&apos;s shoes</source>
        <translation>Chaussures femme</translation>
    </message>
    <message>
        <source>Children&apos;s shoes</source>
        <translation>Chaussures enfant</translation>
    </message>
    <message>
        <source>Children&apos;s clothing</source>
        <translation>Vêtements enfant</translation>
    </message>
    <message>
        <source>Hats</source>
        <translation>Chapeaux</translation>
    </message>
    <message>
        <source>Gloves</source>
        <translation>Gants</translation>
    </message>
    <message>
        <source>Rings</source>
        <translation>Bagues</translation>
    </message>
    <message>
        <source>Belts</source>
        <translation>Ceintures</translation>
    </message>
    <message>
        <source>Socks</source>
        <translation>Chaussettes</translation>
    </message>
    <message>
        <source>Ski boots</source>
        <translation>Chaussures de ski</translation>
    </message>
    <message>
        <source>Men&apos;s shoe widths</source>
        <translation>Largeurs de chaussures homme</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>serré</translation>
    </message>
    <message>
        <source>snug</source>
        <translation>ajusté</translation>
    </message>
    <message>
        <source>good</source>
        <translation>bien</translation>
    </message>
    <message>
        <source>loose</source>
        <translation>ample</translation>
    </message>
    <message>
        <source>too loose</source>
        <translation>trop ample</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>trop court</translation>
    </message>
    <message>
        <source>short</source>
        <translation>court</translation>
    </message>
    <message>
        <source>long</source>
        <translation>long</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>trop long</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>convient</translation>
    </message>
    <message>
        <source>between sizes</source>
        <translation>entre deux tailles</translation>
    </message>
    <message>
        <source>best available</source>
        <translation>meilleure disponible</translation>
    </message>
    <message>
        <source>no size fits</source>
        <translation>aucune taille ne convient</translation>
    </message>
    <message>
        <source>no measurements</source>
        <translation>aucune mesure</translation>
    </message>
    <message>
        <source>slim</source>
        <translation>ajustée</translation>
    </message>
    <message>
        <source>regular</source>
        <translation>normale</translation>
    </message>
    <message>
        <source>relaxed</source>
        <translation>décontractée</translation>
    </message>
    <message>
        <source>no stretch</source>
        <translation>sans élasticité</translation>
    </message>
    <message>
        <source>some stretch</source>
        <translation>légèrement élastique</translation>
    </message>
    <message>
        <source>high stretch</source>
        <translation>très élastique</translation>
    </message>
    <message>
        <source>women</source>
        <translation>femme</translation>
    </message>
    <message>
        <source>men</source>
        <translation>homme</translation>
    </message>
    <message>
        <source>unisex</source>
        <translation>unisexe</translation>
    </message>
    <message>
        <source>girls</source>
        <translation>filles</translation>
    </message>
    <message>
        <source>boys</source>
        <translation>garçons</translation>
    </message>
    <message>
        <source>baby</source>
        <translation>bébé</translation>
    </message>
    <message>
        <source>kids</source>
        <translation>enfants</translation>
    </message>
    <message>
        <source>Step into view, 2–3 m from the camera.</source>
        <translation>Entrez dans le champ, à 2–3 m de la caméra.</translation>
    </message>
    <message>
        <source>Only the person being measured may be in view.</source>
        <translation>Seule la personne mesurée doit être dans le champ.</translation>
    </message>
    <message>
        <source>Step back: the whole body, head to feet, must be in the picture.</source>
        <translation>Reculez&#xa0;: le corps entier, de la tête aux pieds, doit être dans l&apos;image.</translation>
    </message>
    <message>
        <source>Step a little closer.</source>
        <translation>Approchez-vous un peu.</translation>
    </message>
    <message>
        <source>Stand upright, feet slightly apart, looking ahead.</source>
        <translation>Tenez-vous droit, les pieds légèrement écartés, le regard droit devant.</translation>
    </message>
    <message>
        <source>Face the camera.</source>
        <translation>Faites face à la caméra.</translation>
    </message>
    <message>
        <source>Now turn 90° so your side faces the camera.</source>
        <translation>Tournez-vous maintenant de 90° pour présenter votre profil à la caméra.</translation>
    </message>
    <message>
        <source>Hold your arms a little away from your body.</source>
        <translation>Gardez les bras un peu écartés du corps.</translation>
    </message>
    <message>
        <source>It is too dark: add light in front of you.</source>
        <translation>Il fait trop sombre&#xa0;: ajoutez de la lumière devant vous.</translation>
    </message>
    <message>
        <source>Too much light behind you: move away from the window.</source>
        <translation>Trop de lumière derrière vous&#xa0;: éloignez-vous de la fenêtre.</translation>
    </message>
    <message>
        <source>Hold still…</source>
        <translation>Ne bougez plus…</translation>
    </message>
    <message>
        <source>Measuring: keep holding still.</source>
        <translation>Mesure en cours&#xa0;: restez immobile.</translation>
    </message>
    <message>
        <source>Done: see your measurements.</source>
        <translation>Terminé&#xa0;: voyez vos mesures.</translation>
    </message>
    <message>
        <source>Step 1 of 2: facing the camera</source>
        <translation>Étape 1 sur 2&#xa0;: face à la caméra</translation>
    </message>
    <message>
        <source>Step 2 of 2: turn to the side</source>
        <translation>Étape 2 sur 2&#xa0;: tournez-vous de profil</translation>
    </message>
    <message>
        <source>Step 2 of 2: side-on</source>
        <translation>Étape 2 sur 2&#xa0;: de profil</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>The chest level was estimated: arms close to the body hid the armpits.</source>
        <translation>Le niveau de la poitrine a été estimé&#xa0;: les bras près du corps cachaient les aisselles.</translation>
    </message>
    <message>
        <source>The camera angle could not be worked out; lengths assume a level camera.</source>
        <translation>L&apos;angle de la caméra n&apos;a pas pu être déterminé&#xa0;; les longueurs supposent une caméra horizontale.</translation>
    </message>
    <message>
        <source>The neck girth uses a model for all bodies, so its uncertainty is a little wider.</source>
        <translation>Le tour de cou utilise un modèle valable pour tous les corps&#xa0;; son incertitude est donc un peu plus large.</translation>
    </message>
    <message>
        <source>No gap showed between the legs, so the inside leg was estimated from the hips.</source>
        <translation>Aucun écart n&apos;était visible entre les jambes&#xa0;; l&apos;entrejambe a donc été estimé à partir des hanches.</translation>
    </message>
    <message>
        <source>An arm touched the body, so the shoulder width is less sure. Hold the arms slightly away.</source>
        <translation>Un bras touchait le corps&#xa0;; la largeur d&apos;épaules est donc moins sûre. Gardez les bras un peu écartés.</translation>
    </message>
    <message>
        <source>The height was measured from the reference object.</source>
        <translation>La stature a été mesurée à partir de l&apos;objet de référence.</translation>
    </message>
    <message>
        <source>The height you gave and the reference object disagree by over 3 %: check both.</source>
        <translation>La stature que vous avez indiquée et l&apos;objet de référence diffèrent de plus de 3 %&#xa0;: vérifiez les deux.</translation>
    </message>
    <message>
        <source>The clothes&apos; usual allowance was taken off the girths; the +/- includes how much it varies.</source>
        <translation>L&apos;aisance habituelle des vêtements a été déduite des tours&#xa0;; le +/- tient compte de sa variation.</translation>
    </message>
    <message>
        <source>The girths use the body&apos;s width seen from every side during the turn.</source>
        <translation>Les tours utilisent la largeur du corps vue de tous les côtés pendant la rotation.</translation>
    </message>
    <message>
        <source>Women&apos;s shoe widths</source>
        <translation>Largeurs de chaussures femme</translation>
    </message>
    <message>
        <source>Women&apos;s swimwear</source>
        <translation>Maillots de bain femme</translation>
    </message>
    <message>
        <source>Women&apos;s tops (petite)</source>
        <translation>Hauts femme (petite)</translation>
    </message>
    <message>
        <source>Women&apos;s tops (plus)</source>
        <translation>Hauts femme (grandes tailles)</translation>
    </message>
    <message>
        <source>Women&apos;s tops (tall)</source>
        <translation>Hauts femme (tall)</translation>
    </message>
    <message>
        <source>Women&apos;s tops (maternity)</source>
        <translation>Hauts femme (grossesse)</translation>
    </message>
    <message>
        <source>Women&apos;s dresses (plus)</source>
        <translation>Robes femme (grandes tailles)</translation>
    </message>
    <message>
        <source>Women&apos;s trousers (plus)</source>
        <translation>Pantalons femme (grandes tailles)</translation>
    </message>
    <message>
        <source>Men&apos;s tops (tall)</source>
        <translation>Hauts homme (tall)</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>Admin PIN</source>
        <translation>PIN d&apos;administration</translation>
    </message>
    <message>
        <source>Enter the new PIN again</source>
        <translation>Saisissez de nouveau le nouveau PIN</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The two PINs differ. Start again.</source>
        <translation>Les deux PIN sont différents. Recommencez.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN incorrect.</translation>
    </message>
    <message>
        <source>Choose a new admin PIN (%1 to %2 digits)</source>
        <translation>Choisissez un nouveau PIN d&apos;administration (%1 à %2 chiffres)</translation>
    </message>
    <message>
        <source>No admin PIN is set. Set one in the desktop app (File ▸ Settings) or with “sizer kiosk set-pin”.</source>
        <translation>Aucun PIN d&apos;administration n&apos;est défini. Définissez-en un dans l&apos;application de bureau (Fichier ▸ Paramètres) ou avec «&#xa0;sizer kiosk set-pin&#xa0;».</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>Trop de PIN incorrects. Réessayez dans %1 s.</translation>
    </message>
</context>
<context>
    <name>PresetDialog</name>
    <message>
        <source>Amazon: size-chart workbook (XLSX)</source>
        <translation>Amazon&#xa0;: classeur de tableaux des tailles (XLSX)</translation>
    </message>
    <message>
        <source>Amazon: size attributes of each child listing</source>
        <translation>Amazon&#xa0;: attributs de taille de chaque article enfant</translation>
    </message>
    <message>
        <source>Google Merchant Center: size feed</source>
        <translation>Google Merchant Center&#xa0;: flux des tailles</translation>
    </message>
    <message>
        <source>Shopify: size-chart metaobjects (JSON)</source>
        <translation>Shopify&#xa0;: métaobjets de tableaux des tailles (JSON)</translation>
    </message>
    <message>
        <source>Shopify: product metafields (CSV)</source>
        <translation>Shopify&#xa0;: métachamps de produit (CSV)</translation>
    </message>
    <message>
        <source>Pictures for Temu, SHEIN, AliExpress (a folder)</source>
        <translation>Images pour Temu, SHEIN, AliExpress (un dossier)</translation>
    </message>
    <message>
        <source>Marketplace files</source>
        <translation>Fichiers pour les marketplaces</translation>
    </message>
    <message>
        <source>as on your Amazon listings</source>
        <translation>comme sur vos fiches Amazon</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal&#xa0;:</translation>
    </message>
    <message>
        <source>Amazon &amp;marketplace:</source>
        <translation>&amp;Marketplace Amazon&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Brand:</source>
        <translation>Mar&amp;que&#xa0;:</translation>
    </message>
    <message>
        <source>Google &amp;size system:</source>
        <translation>&amp;Système de tailles Google&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Picture size:</source>
        <translation>&amp;Taille de l&apos;image&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Which field each file fills, and from what: README, Marketplace presets.</source>
        <translation>Quel champ remplit chaque fichier, et à partir de quoi&#xa0;: README, Marketplace presets.</translation>
    </message>
    <message>
        <source>Amazon keeps one size chart per brand: type the brand.</source>
        <translation>Amazon conserve un tableau des tailles par marque&#xa0;: saisissez la marque.</translation>
    </message>
    <message>
        <source>&amp;Language of the texts:</source>
        <translation>&amp;Langue des textes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PresetResultDialog</name>
    <message>
        <source>Marketplace files</source>
        <translation>Fichiers pour les marketplaces</translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s) on what the file holds; read them before you upload it:</source>
        <translation>
            <numerusform>%Ln remarque sur le contenu du fichier ; lisez-la avant de le téléverser :</numerusform>
            <numerusform>%Ln remarques sur le contenu du fichier ; lisez-les avant de le téléverser :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>{low} to {high} cm</source>
        <translation>de {low} à {high} cm</translation>
    </message>
    <message>
        <source>{low} to {high} cm for adults</source>
        <translation>de {low} à {high} cm chez l&apos;adulte</translation>
    </message>
    <message>
        <source>{low} to {high} cm for children</source>
        <translation>de {low} à {high} cm chez l&apos;enfant</translation>
    </message>
    <message>
        <source>{value} cm is not a plausible body {dimension}; expected {expected}{hint}</source>
        <translation>{value} cm n&apos;est pas une valeur plausible pour la mesure du corps {dimension}&#xa0;; attendu&#xa0;: {expected}{hint}</translation>
    </message>
    <message>
        <source>{value} cm is not a plausible garment {dimension} (bodies measure {expected}){hint}</source>
        <translation>{value} cm n&apos;est pas une valeur plausible pour la mesure du vêtement {dimension} (le corps mesure {expected}){hint}</translation>
    </message>
    <message>
        <source>looks like inches: {typed} in = {cm} cm?</source>
        <translation>des pouces&#xa0;? {typed} in = {cm} cm</translation>
    </message>
    <message>
        <source>looks like millimetres: {typed} mm = {cm} cm?</source>
        <translation>des millimètres&#xa0;? {typed} mm = {cm} cm</translation>
    </message>
    <message>
        <source>looks like centimetres: {typed} cm?</source>
        <translation>des centimètres&#xa0;? {typed} cm</translation>
    </message>
    <message>
        <source>; {slip}</source>
        <translation>&#xa0;; {slip}</translation>
    </message>
    <message>
        <source>; {slip} then end the column name in _in ({column})</source>
        <translation>&#xa0;; {slip} Dans ce cas, terminez le nom de la colonne par _in ({column})</translation>
    </message>
    <message>
        <source>; {slip} the column is in cm</source>
        <translation>&#xa0;; {slip} la colonne est en cm</translation>
    </message>
    <message>
        <source>; {slip} then drop the _in from the column name</source>
        <translation>&#xa0;; {slip} Dans ce cas, retirez le _in du nom de la colonne</translation>
    </message>
    <message>
        <source>a measurement goes inside measurements_cm, e.g. {&quot;measurements_cm&quot;: {&quot;{key}&quot;: ...}}</source>
        <translation>une mesure se place dans measurements_cm, p. ex. {&quot;measurements_cm&quot;: {&quot;{key}&quot;: ...}}</translation>
    </message>
    <message>
        <source>unknown profile key {key}; did you mean {hint} inside measurements_cm?</source>
        <translation>clé de profil inconnue {key}&#xa0;; vouliez-vous dire {hint} dans measurements_cm&#xa0;?</translation>
    </message>
    <message>
        <source>size {label}: {value} cm is not a plausible body {dimension}; expected {expected}{hint}</source>
        <translation>taille {label}&#xa0;: {value} cm n&apos;est pas une valeur plausible pour la mesure du corps {dimension}&#xa0;; attendu&#xa0;: {expected}{hint}</translation>
    </message>
    <message>
        <source> (import the other rows with --accept-valid-rows)</source>
        <translation> (importez les autres lignes avec --accept-valid-rows)</translation>
    </message>
    <message>
        <source>{reason} (also rows {rows})</source>
        <translation>{reason} (également aux lignes {rows})</translation>
    </message>
    <message>
        <source>{reason} (also rows {rows} and {more} more)</source>
        <translation>{reason} (également aux lignes {rows} et {more} autres)</translation>
    </message>
    <message>
        <source>{value} (row {row})</source>
        <translation>{value} (ligne {row})</translation>
    </message>
    <message>
        <source>{values} and {more} more</source>
        <translation>{values} et {more} autres</translation>
    </message>
    <message>
        <source> (did you mean {suggestions}?)</source>
        <translation> (vouliez-vous dire {suggestions}&#xa0;?)</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} ou {second}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>ligne {row}</translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation>colonne {column}</translation>
    </message>
    <message>
        <source>unknown catalogue format {suffix}; valid: {valid}</source>
        <translation>format de catalogue {suffix} inconnu&#xa0;; formats valides&#xa0;: {valid}</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>cannot read the file: {detail}</source>
        <translation>impossible de lire le fichier&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>is a folder; give a catalogue file (.csv or .xlsx)</source>
        <translation>est un dossier&#xa0;; indiquez un fichier catalogue (.csv ou .xlsx)</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe or a device); give a catalogue file (.csv or .xlsx)</source>
        <translation>n&apos;est pas un fichier ordinaire (un tube ou un périphérique)&#xa0;; indiquez un fichier catalogue (.csv ou .xlsx)</translation>
    </message>
    <message>
        <source>the file is larger than {limit_gb} GB; split the catalogue</source>
        <translation>le fichier dépasse {limit_gb} Go&#xa0;; divisez le catalogue</translation>
    </message>
    <message>
        <source>the file is empty; expected a header row</source>
        <translation>le fichier est vide&#xa0;; une ligne d&apos;en-tête est attendue</translation>
    </message>
    <message>
        <source>malformed CSV: {detail}</source>
        <translation>CSV mal formé&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>not a readable XLSX workbook ({detail})</source>
        <translation>classeur XLSX illisible ({detail})</translation>
    </message>
    <message>
        <source>not an XLSX workbook (no xl/workbook.xml); save it from Excel or LibreOffice as .xlsx</source>
        <translation>ce n&apos;est pas un classeur XLSX (pas de xl/workbook.xml)&#xa0;; enregistrez-le au format .xlsx depuis Excel ou LibreOffice</translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <translation>le classeur ne contient aucune feuille</translation>
    </message>
    <message>
        <source>every sheet of the workbook is hidden; unhide the catalogue sheet in Excel and save again</source>
        <translation>toutes les feuilles du classeur sont masquées&#xa0;; affichez la feuille du catalogue dans Excel et enregistrez de nouveau</translation>
    </message>
    <message>
        <source>a formula ({formula}) without a saved value; open the file in Excel or LibreOffice and save it again, or type the value itself</source>
        <translation>une formule ({formula}) sans valeur enregistrée&#xa0;; ouvrez le fichier dans Excel ou LibreOffice et enregistrez-le de nouveau, ou saisissez directement la valeur</translation>
    </message>
    <message>
        <source>a reference to shared text {value} that the workbook does not have</source>
        <translation>une référence au texte partagé {value}, absent du classeur</translation>
    </message>
    <message>
        <source>the spreadsheet error {value}; fix the formula or type the value</source>
        <translation>l&apos;erreur de tableur {value}&#xa0;; corrigez la formule ou saisissez la valeur</translation>
    </message>
    <message>
        <source>a date ({date}); Excel turns values such as 9-10 into dates: format the column as Text and type the value again</source>
        <translation>une date ({date})&#xa0;; Excel transforme des valeurs comme 9-10 en dates&#xa0;: mettez la colonne au format Texte et saisissez de nouveau la valeur</translation>
    </message>
    <message>
        <source>a text of {length} characters, more than a cell holds ({limit})</source>
        <translation>un texte de {length} caractères, plus qu&apos;une cellule ne peut en contenir ({limit})</translation>
    </message>
    <message>
        <source>a header cell holds {reason}</source>
        <translation>une cellule d&apos;en-tête contient {reason}</translation>
    </message>
    <message>
        <source>... and {count} more</source>
        <translation>... et {count} autres</translation>
    </message>
    <message>
        <source>no valid rows</source>
        <translation>aucune ligne valide</translation>
    </message>
    <message>
        <source>no data rows under the header</source>
        <translation>aucune ligne de données sous l&apos;en-tête</translation>
    </message>
    <message>
        <source>unknown column {column}{did_you_mean}; valid: {fields}, &lt;dimension&gt;_min, &lt;dimension&gt;_max, garment_&lt;dimension&gt; (add _in for inches) with &lt;dimension&gt; one of {dimensions}</source>
        <translation>colonne {column} inconnue{did_you_mean}&#xa0;; colonnes valides&#xa0;: {fields}, &lt;dimension&gt;_min, &lt;dimension&gt;_max, garment_&lt;dimension&gt; (ajoutez _in pour les pouces), &lt;dimension&gt; étant l&apos;une des mesures {dimensions}</translation>
    </message>
    <message>
        <source>no ease is defined for garment {dimension}, so it cannot become a body range; give {dimension}_min/_max instead, or use garment_ with one of {dimensions}</source>
        <translation>aucune aisance n&apos;est définie pour la mesure de vêtement {dimension}, qui ne peut donc pas devenir un intervalle corporel&#xa0;; indiquez plutôt {dimension}_min/_max, ou utilisez garment_ avec l&apos;une des mesures {dimensions}</translation>
    </message>
    <message>
        <source>the same column as {column}; keep one</source>
        <translation>la même colonne que {column}&#xa0;; n&apos;en gardez qu&apos;une</translation>
    </message>
    <message>
        <source>required column missing; a catalogue needs {columns}</source>
        <translation>colonne obligatoire manquante&#xa0;; un catalogue nécessite {columns}</translation>
    </message>
    <message>
        <source>empty; every row needs a listing_id, title, category and size_label</source>
        <translation>vide&#xa0;; chaque ligne doit indiquer listing_id, title, category et size_label</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>unknown {kind} {value}{did_you_mean}; valid: {choices}</source>
        <translation>{kind}&#xa0;: valeur {value} inconnue{did_you_mean}&#xa0;; valeurs valides&#xa0;: {choices}</translation>
    </message>
    <message>
        <source>unknown {kind} {value}{did_you_mean}
valid {kinds}: {choices}</source>
        <translation>{kind}&#xa0;: valeur {value} inconnue{did_you_mean}
{kinds} valides&#xa0;: {choices}</translation>
    </message>
    <message>
        <source>{choices}, ... ({count} in all)</source>
        <translation>{choices}, ... ({count} au total)</translation>
    </message>
    <message>
        <source>listing {listing} has no sizes</source>
        <translation>l&apos;article {listing} n&apos;a aucune taille</translation>
    </message>
    <message>
        <source>{reason}; or leave it empty for the brand&apos;s own labels</source>
        <translation>{reason}&#xa0;; ou laissez le champ vide pour les tailles propres à la marque</translation>
    </message>
    <message>
        <source>a row without measurements refers to the standard chart of its category, so it needs the label&apos;s size system; valid: {systems}</source>
        <translation>une ligne sans mesures renvoie au tableau standard de sa catégorie et doit donc indiquer le système de tailles de son étiquette&#xa0;; systèmes valides&#xa0;: {systems}</translation>
    </message>
    <message>
        <source>differs from row {row} of listing {listing} ({value}); every row of a listing gives the same {field}</source>
        <translation>diffère de la ligne {row} de l&apos;article {listing} ({value})&#xa0;; toutes les lignes d&apos;un article indiquent la même valeur pour {field}</translation>
    </message>
    <message>
        <source>listing {listing} already has size {label}; each label once</source>
        <translation>l&apos;article {listing} a déjà la taille {label}&#xa0;; chaque étiquette ne doit figurer qu&apos;une fois</translation>
    </message>
    <message>
        <source>{value} is not a number; expected cm, e.g. 92.5</source>
        <translation>{value} n&apos;est pas un nombre&#xa0;; valeur attendue en cm, p. ex. 92.5</translation>
    </message>
    <message>
        <source>{value} is not a number; expected inches, e.g. 92.5</source>
        <translation>{value} n&apos;est pas un nombre&#xa0;; valeur attendue en pouces, p. ex. 92.5</translation>
    </message>
    <message>
        <source>{value} is not a length; expected a positive number</source>
        <translation>{value} n&apos;est pas une longueur&#xa0;; un nombre positif est attendu</translation>
    </message>
    <message>
        <source>give either garment_{dimension} or {dimension}_min/_max in a row, not both</source>
        <translation>indiquez dans une ligne soit garment_{dimension}, soit {dimension}_min/_max, mais pas les deux</translation>
    </message>
    <message>
        <source>{value} cm is not a plausible garment {dimension} (bodies measure {low} to {high} cm){hint}</source>
        <translation>{value} cm n&apos;est pas une valeur plausible pour la mesure de vêtement {dimension} (les corps mesurent de {low} à {high} cm){hint}</translation>
    </message>
    <message>
        <source>{value} cm is not a plausible body {dimension}; expected {low} to {high} cm{hint}</source>
        <translation>{value} cm n&apos;est pas une valeur plausible pour la mesure du corps {dimension}&#xa0;; attendu&#xa0;: de {low} à {high} cm{hint}</translation>
    </message>
    <message>
        <source>; is it in cm? then drop the _in from the column name</source>
        <translation>&#xa0;; est-ce en cm&#xa0;? Retirez alors le _in du nom de la colonne</translation>
    </message>
    <message>
        <source>; if the values are inches, end the column name in _in (e.g. chest_girth_min_in)</source>
        <translation>&#xa0;; si les valeurs sont en pouces, terminez le nom de la colonne par _in (p. ex. chest_girth_min_in)</translation>
    </message>
    <message>
        <source>the minimum {low} cm is above the maximum {high} cm; swap them</source>
        <translation>le minimum de {low} cm dépasse le maximum de {high} cm&#xa0;; inversez-les</translation>
    </message>
    <message>
        <source>an open-ended size from {low} cm cannot reach the plausible maximum {high} cm of {dimension}; give {dimension}_max too</source>
        <translation>une taille ouverte à partir de {low} cm ne peut pas atteindre le maximum plausible de {high} cm pour {dimension}&#xa0;; indiquez aussi {dimension}_max</translation>
    </message>
    <message>
        <source>a size up to {high} cm lies below the plausible minimum {low} cm of {dimension}; give {dimension}_min too</source>
        <translation>une taille allant jusqu&apos;à {high} cm reste sous le minimum plausible de {low} cm pour {dimension}&#xa0;; indiquez aussi {dimension}_min</translation>
    </message>
    <message>
        <source>{path}: the column mapping is not complete:
  {problems}</source>
        <translation>{path}&#xa0;: l&apos;association des colonnes est incomplète&#xa0;:
  {problems}</translation>
    </message>
    <message>
        <source>the mapping&apos;s header row is not in the file</source>
        <translation>la ligne d&apos;en-tête de l&apos;association ne figure pas dans le fichier</translation>
    </message>
    <message>
        <source>the mapping names columns this file does not have; map this file&apos;s columns again</source>
        <translation>l&apos;association nomme des colonnes que ce fichier n&apos;a pas&#xa0;; associez de nouveau les colonnes de ce fichier</translation>
    </message>
    <message>
        <source>no option of this product is a size ({options}); name the size option Size, or map the size column</source>
        <translation>aucune option de ce produit n&apos;est une taille ({options})&#xa0;; nommez l&apos;option de taille Size, ou associez la colonne de taille</translation>
    </message>
    <message>
        <source>no option names</source>
        <translation>aucun nom d&apos;option</translation>
    </message>
    <message>
        <source>{value} is not a measurement; write one number or a range such as 86-90</source>
        <translation>{value} n&apos;est pas une mesure&#xa0;; écrivez un nombre ou un intervalle comme 86-90</translation>
    </message>
    <message>
        <source>the sizes of listing {listing} are labels of more than one {category} size system ({systems}), which fit different bodies; give the size system in a column (e.g. a Size system metafield) or set it for every row in the mapping</source>
        <translation>les tailles de l’article {listing} sont des étiquettes de plusieurs systèmes de tailles de {category} ({systems}), qui correspondent à des corps différents&#xa0;; indiquez le système de tailles dans une colonne (p. ex. un métachamp Size system) ou fixez-le pour toutes les lignes dans la correspondance</translation>
    </message>
    <message>
        <source>{path}: cannot be written: {detail}</source>
        <translation>{path}&#xa0;: écriture impossible&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>{dimension} {typed} is not a plausible body measurement for {chart}; expected {expected}{hint}</source>
        <translation>{dimension} {typed} n&apos;est pas une mesure corporelle plausible pour {chart} ; attendu : {expected}{hint}</translation>
    </message>
    <message>
        <source>--category is required (or --chart-file); categories: {categories}</source>
        <translation>--category est obligatoire (ou --chart-file) ; catégories : {categories}</translation>
    </message>
    <message>
        <source>--category is required (or --chart-file); {system} {label} is a size of {matches}
all categories: {categories}</source>
        <translation>--category est obligatoire (ou --chart-file) ; {system} {label} est une taille de {matches}
toutes les catégories : {categories}</translation>
    </message>
    <message>
        <source>{path}: a {channel} file is written as {suffixes}, not {suffix}; end the file name in one of these</source>
        <translation>{path} : un fichier {channel} s&apos;écrit en {suffixes}, pas en {suffix} ; terminez le nom du fichier par l&apos;une de ces extensions</translation>
    </message>
    <message>
        <source>{path} is one picture, but the {count} listings make {count} pictures: write them to a folder, or choose one listing</source>
        <translation>{path} est une seule image, mais les {count} produits donnent {count} images : enregistrez-les dans un dossier, ou choisissez un seul produit</translation>
    </message>
    <message>
        <source>{path}: the pictures go in a folder, and this is a file; give a folder, or a .png or .jpg name for the picture of one listing</source>
        <translation>{path} : les images vont dans un dossier, et ceci est un fichier ; indiquez un dossier, ou un nom .png ou .jpg pour l&apos;image d&apos;un seul produit</translation>
    </message>
    <message>
        <source>{path}: is a folder; give a file name inside it</source>
        <translation>{path}&#xa0;: est un dossier&#xa0;; indiquez un nom de fichier à l&apos;intérieur</translation>
    </message>
    <message>
        <source>{path}: is not a regular file (a pipe or a device); give a file name</source>
        <translation>{path}&#xa0;: n&apos;est pas un fichier ordinaire (un tube ou un périphérique)&#xa0;; indiquez un nom de fichier</translation>
    </message>
    <message>
        <source>{path}: the file is read-only; it was not replaced. Make it writable or save under another name</source>
        <translation>{path}&#xa0;: le fichier est en lecture seule&#xa0;; il n&apos;a pas été remplacé. Rendez-le modifiable ou enregistrez sous un autre nom</translation>
    </message>
    <message>
        <source>{path}: the folder {folder} does not exist</source>
        <translation>{path}&#xa0;: le dossier {folder} n&apos;existe pas</translation>
    </message>
    <message>
        <source>{path}: {folder} exists but is not a folder</source>
        <translation>{path}&#xa0;: {folder} existe mais n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>{path}: the disk is full; nothing was written and any previous file is unchanged</source>
        <translation>{path}&#xa0;: le disque est plein&#xa0;; rien n&apos;a été écrit et le fichier existant, s&apos;il y en a un, est inchangé</translation>
    </message>
    <message>
        <source>{path}: permission denied; save somewhere you may write</source>
        <translation>{path}&#xa0;: autorisation refusée&#xa0;; enregistrez à un emplacement où vous pouvez écrire</translation>
    </message>
    <message>
        <source>{path}: the disk is read-only; save somewhere else</source>
        <translation>{path}&#xa0;: le disque est en lecture seule&#xa0;; enregistrez ailleurs</translation>
    </message>
    <message>
        <source>{path}: no temporary file name is free in {folder}</source>
        <translation>{path}&#xa0;: aucun nom de fichier temporaire n&apos;est libre dans {folder}</translation>
    </message>
    <message>
        <source>a profile is a JSON object with &apos;measurements_cm&apos;</source>
        <translation>un profil est un objet JSON avec &apos;measurements_cm&apos;</translation>
    </message>
    <message>
        <source>missing or empty; expected e.g. {&quot;chest_girth&quot;: 96, &quot;waist_girth&quot;: 82}</source>
        <translation>absent ou vide&#xa0;; attendu p. ex. {&quot;chest_girth&quot;: 96, &quot;waist_girth&quot;: 82}</translation>
    </message>
    <message>
        <source>expected a list of strings</source>
        <translation>une liste de chaînes de caractères est attendue</translation>
    </message>
    <message>
        <source>{value} is not one of {choices}</source>
        <translation>{value} ne fait pas partie de {choices}</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe or a device), not a body profile: give a profile .json file</source>
        <translation>n&apos;est pas un fichier ordinaire (un tube ou un périphérique), ni un profil corporel&#xa0;: indiquez un fichier de profil .json</translation>
    </message>
    <message>
        <source>is a folder, not a profile file</source>
        <translation>est un dossier, pas un fichier de profil</translation>
    </message>
    <message>
        <source>cannot be read ({detail})</source>
        <translation>illisible ({detail})</translation>
    </message>
    <message>
        <source>larger than {kb} KB: not a body profile (save one with `sizer measure --json` or the Measure page)</source>
        <translation>plus de {kb} Ko&#xa0;: ce n&apos;est pas un profil corporel (enregistrez-en un avec `sizer measure --json` ou la page Mesurer)</translation>
    </message>
    <message>
        <source>not UTF-8 text ({detail})</source>
        <translation>ce n&apos;est pas du texte UTF-8 ({detail})</translation>
    </message>
    <message>
        <source>not valid JSON ({detail})</source>
        <translation>JSON non valide ({detail})</translation>
    </message>
    <message>
        <source>not a profile: the JSON is nested too deeply</source>
        <translation>ce n&apos;est pas un profil&#xa0;: le JSON est imbriqué trop profondément</translation>
    </message>
    <message>
        <source>{name} is not a number of centimetres (expected a plain decimal such as 82.5)</source>
        <translation>{name} n&apos;est pas un nombre de centimètres (attendu&#xa0;: un simple nombre décimal comme 82.5)</translation>
    </message>
    <message>
        <source>{token} is not a plausible number of centimetres (expected a plain decimal such as 82.5)</source>
        <translation>{token} n&apos;est pas un nombre de centimètres plausible (attendu&#xa0;: un simple nombre décimal comme 82.5)</translation>
    </message>
    <message>
        <source>expected an object of dimension: centimetres</source>
        <translation>un objet «&#xa0;mesure&#xa0;: centimètres&#xa0;» est attendu</translation>
    </message>
    <message>
        <source>expected a number of cm, got {value}</source>
        <translation>un nombre de cm est attendu, reçu&#xa0;: {value}</translation>
    </message>
    <message>
        <source>an uncertainty cannot be negative</source>
        <translation>une incertitude ne peut pas être négative</translation>
    </message>
    <message>
        <source>an uncertainty of {value} cm says nothing; expected 0 to {high} cm</source>
        <translation>une incertitude de {value} cm ne dit rien&#xa0;; attendu&#xa0;: de 0 à {high} cm</translation>
    </message>
    <message>
        <source>listing {listing}: a title cannot be empty</source>
        <translation>article {listing}&#xa0;: le titre ne peut pas être vide</translation>
    </message>
    <message>
        <source>listing {listing}: {value} is not a size system of {category}; valid: {systems}, or empty for the brand&apos;s own labels</source>
        <translation>article {listing}&#xa0;: {value} n&apos;est pas un système de tailles de {category}&#xa0;; systèmes valides&#xa0;: {systems}, ou vide pour les tailles propres à la marque</translation>
    </message>
    <message>
        <source>listing {listing}: its sizes are labels of the {system} chart, so the system cannot change here; give the sizes&apos; measurements in the file instead</source>
        <translation>article {listing}&#xa0;: ses tailles sont des étiquettes du tableau {system}, le système ne peut donc pas être modifié ici&#xa0;; indiquez plutôt les mesures des tailles dans le fichier</translation>
    </message>
    <message>
        <source>size {label}: its ranges come from a chart or from garment measurements</source>
        <translation>taille {label}&#xa0;: ses intervalles proviennent d&apos;un tableau ou de mesures du vêtement</translation>
    </message>
    <message>
        <source>size {label}: {value} cm is not a plausible body {dimension}; expected {low} to {high} cm</source>
        <translation>taille {label}&#xa0;: {value} cm n&apos;est pas une valeur plausible pour la mesure du corps {dimension}&#xa0;; attendu&#xa0;: de {low} à {high} cm</translation>
    </message>
    <message>
        <source>size {label}: the minimum {low} cm must stay below the maximum {high} cm</source>
        <translation>taille {label}&#xa0;: le minimum de {low} cm doit rester inférieur au maximum de {high} cm</translation>
    </message>
    <message>
        <source>the sheet is empty</source>
        <translation>la feuille est vide</translation>
    </message>
    <message>
        <source>no measurement found: expected headers such as Chest, Waist, Hip, Inseam (or 胸围, 腰围, 臀围) beside the size labels</source>
        <translation>aucune mesure trouvée&#xa0;: des en-têtes comme Chest, Waist, Hip, Inseam (ou 胸围, 腰围, 臀围) sont attendus à côté des étiquettes de taille</translation>
    </message>
    <message>
        <source>no size labels found: expected a column (or row) of sizes such as Size, US, UK, EU</source>
        <translation>aucune étiquette de taille trouvée&#xa0;: une colonne (ou une ligne) de tailles comme Size, US, UK, EU est attendue</translation>
    </message>
    <message>
        <source>no sizes under the header</source>
        <translation>aucune taille sous l&apos;en-tête</translation>
    </message>
    <message>
        <source>the chart has no {system} labels; it has {systems}</source>
        <translation>le tableau n&apos;a pas d&apos;étiquettes {system}&#xa0;; il a {systems}</translation>
    </message>
    <message>
        <source>no ease is known for garment {dimensions}, so Sizer cannot tell the body they fit; import a body-measurement chart, or one with {known}</source>
        <translation>aucune aisance n&apos;est connue pour les mesures de vêtement {dimensions}&#xa0;; Sizer ne peut donc pas savoir à quel corps elles conviennent&#xa0;; importez un tableau de mesures du corps, ou un tableau avec {known}</translation>
    </message>
    <message>
        <source>size {label} appears twice in the chart&apos;s {system} labels</source>
        <translation>la taille {label} figure deux fois dans les étiquettes {system} du tableau</translation>
    </message>
    <message>
        <source>the chart has no sizes with {system} labels</source>
        <translation>le tableau n&apos;a aucune taille avec des étiquettes {system}</translation>
    </message>
    <message>
        <source>chart id {chart_id}: lower-case letters, digits and _ only</source>
        <translation>identifiant de tableau {chart_id}&#xa0;: lettres minuscules, chiffres et _ uniquement</translation>
    </message>
    <message>
        <source>a garment chart becomes body ranges through a category&apos;s ease: give its category</source>
        <translation>un tableau de mesures du vêtement devient des intervalles corporels grâce à l&apos;aisance d&apos;une catégorie&#xa0;: indiquez sa catégorie</translation>
    </message>
    <message>
        <source>{label}: no such file</source>
        <translation>{label}&#xa0;: fichier introuvable</translation>
    </message>
    <message>
        <source>Give the path of a JPEG or PNG photo.</source>
        <translation>Indiquez le chemin d&apos;une photo JPEG ou PNG.</translation>
    </message>
    <message>
        <source>{label}: the file is empty</source>
        <translation>{label}&#xa0;: le fichier est vide</translation>
    </message>
    <message>
        <source>Take or export the photo again.</source>
        <translation>Reprenez ou exportez de nouveau la photo.</translation>
    </message>
    <message>
        <source>{label}: the file is {mb} MB, too large</source>
        <translation>{label}&#xa0;: le fichier fait {mb} Mo, il est trop volumineux</translation>
    </message>
    <message>
        <source>Use a normal camera photo (JPEG or PNG under 80 MB).</source>
        <translation>Utilisez une photo d&apos;appareil photo ordinaire (JPEG ou PNG de moins de 80 Mo).</translation>
    </message>
    <message>
        <source>{label}: {width}x{height} pixels is too large</source>
        <translation>{label}&#xa0;: {width}x{height} pixels, c&apos;est trop grand</translation>
    </message>
    <message>
        <source>Use a photo of at most 64 megapixels.</source>
        <translation>Utilisez une photo de 64 mégapixels au maximum.</translation>
    </message>
    <message>
        <source>{label}: not a readable image</source>
        <translation>{label}&#xa0;: image illisible</translation>
    </message>
    <message>
        <source>Use a JPEG or PNG photo (8-bit colour).</source>
        <translation>Utilisez une photo JPEG ou PNG (couleurs 8 bits).</translation>
    </message>
    <message>
        <source>{label}: {bits}-bit image</source>
        <translation>{label}&#xa0;: image en {bits} bits</translation>
    </message>
    <message>
        <source>Export the photo as an ordinary 8-bit JPEG or PNG.</source>
        <translation>Exportez la photo en JPEG ou PNG 8 bits ordinaire.</translation>
    </message>
    <message>
        <source>{label}: a greyscale image</source>
        <translation>{label}&#xa0;: image en niveaux de gris</translation>
    </message>
    <message>
        <source>Use a colour photo: the person is found by colour against the background.</source>
        <translation>Utilisez une photo en couleur&#xa0;: la personne est repérée par sa couleur sur le fond.</translation>
    </message>
    <message>
        <source>{label}: {width}x{height} pixels is too small</source>
        <translation>{label}&#xa0;: {width}x{height} pixels, c&apos;est trop petit</translation>
    </message>
    <message>
        <source>Use a photo at least {pixels} pixels on its short side.</source>
        <translation>Utilisez une photo d&apos;au moins {pixels} pixels sur son petit côté.</translation>
    </message>
    <message>
        <source>{label}: a CMYK (print) image</source>
        <translation>{label}&#xa0;: image CMJN (pour l&apos;impression)</translation>
    </message>
    <message>
        <source>Export the photo in RGB colour (as a camera saves it).</source>
        <translation>Exportez la photo en couleurs RVB (comme l&apos;enregistre un appareil photo).</translation>
    </message>
    <message>
        <source>cannot open {what}</source>
        <translation>impossible d&apos;ouvrir {what}</translation>
    </message>
    <message>
        <source>camera {number} (device {index})</source>
        <translation>la caméra {number} (périphérique {index})</translation>
    </message>
    <message>
        <source>video {path}</source>
        <translation>la vidéo {path}</translation>
    </message>
    <message>
        <source>Check that it exists and no other program is using it.</source>
        <translation>Vérifiez qu&apos;elle existe et qu&apos;aucun autre programme ne l&apos;utilise.</translation>
    </message>
    <message>
        <source>{path}: no such video file</source>
        <translation>{path}&#xa0;: fichier vidéo introuvable</translation>
    </message>
    <message>
        <source>Give the path of a video file.</source>
        <translation>Indiquez le chemin d&apos;un fichier vidéo.</translation>
    </message>
    <message>
        <source>{folder}: no images found</source>
        <translation>{folder}&#xa0;: aucune image trouvée</translation>
    </message>
    <message>
        <source>Put {suffixes} files in it.</source>
        <translation>Placez-y des fichiers {suffixes}.</translation>
    </message>
    <message>
        <source>{path}: cannot measure this {view} photo ({reasons})</source>
        <translation>{path}&#xa0;: impossible de mesurer cette photo {view} ({reasons})</translation>
    </message>
    <message>
        <source>front</source>
        <translation>de face</translation>
    </message>
    <message>
        <source>side</source>
        <translation>de profil</translation>
    </message>
    <message>
        <source>a stature of {stature} cm is not plausible</source>
        <translation>une stature de {stature} cm n&apos;est pas plausible</translation>
    </message>
    <message>
        <source>Give the height in centimetres, {low} to {high}.</source>
        <translation>Indiquez la stature en centimètres, de {low} à {high}.</translation>
    </message>
    <message>
        <source>the person&apos;s height is needed for the scale</source>
        <translation>la stature de la personne est nécessaire pour l&apos;échelle</translation>
    </message>
    <message>
        <source>Give the height in cm, or hold a printed marker or ID card in the front photo.</source>
        <translation>Indiquez la stature en cm, ou tenez un marqueur imprimé ou une carte d&apos;identité sur la photo de face.</translation>
    </message>
    <message>
        <source>the {reference} gives an implausible height ({height} cm)</source>
        <translation>l&apos;objet de référence ({reference}) donne une stature peu plausible ({height} cm)</translation>
    </message>
    <message>
        <source>Hold it flat on your stomach, facing the camera, and check its printed size.</source>
        <translation>Tenez l&apos;objet à plat sur votre ventre, face à la caméra, et vérifiez qu&apos;il est imprimé à la bonne taille.</translation>
    </message>
    <message>
        <source>printed marker</source>
        <translation>marqueur imprimé</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>carte d&apos;identité</translation>
    </message>
    <message>
        <source>the photos gave an implausible {dimension} ({value} cm)</source>
        <translation>les photos ont donné une valeur peu plausible pour {dimension} ({value} cm)</translation>
    </message>
    <message>
        <source>Retake both photos: whole body in view, plain background, tight clothes, arms slightly away.</source>
        <translation>Reprenez les deux photos&#xa0;: corps entier visible, fond uni, vêtements près du corps, bras légèrement écartés.</translation>
    </message>
    <message>
        <source>loose clothes: the girths cannot be measured</source>
        <translation>vêtements amples&#xa0;: les tours ne peuvent pas être mesurés</translation>
    </message>
    <message>
        <source>Loose clothes hide the body&apos;s shape, so the girths would read several centimetres too big. Change into a fitted top and leggings (or underwear) and measure again, or measure with a tape following the illustrated measuring guide.</source>
        <translation>Les vêtements amples cachent la forme du corps, si bien que les tours seraient plusieurs centimètres trop grands. Mettez un haut près du corps et un legging (ou des sous-vêtements) et mesurez de nouveau, ou mesurez avec un mètre ruban en suivant le guide de mesure illustré.</translation>
    </message>
    <message>
        <source>the silhouette shows loose clothing (a hem, a waist as deep as the chest)</source>
        <translation>la silhouette montre des vêtements amples (un ourlet, une taille aussi profonde que la poitrine)</translation>
    </message>
    <message>
        <source>the capture is not finished</source>
        <translation>la capture n&apos;est pas terminée</translation>
    </message>
    <message>
        <source>Hold still facing the camera, then side-on ({step} now).</source>
        <translation>Restez immobile face à la caméra, puis de profil (étape en cours&#xa0;: {step}).</translation>
    </message>
    <message>
        <source>facing the camera</source>
        <translation>face à la caméra</translation>
    </message>
    <message>
        <source>turning</source>
        <translation>en rotation</translation>
    </message>
    <message>
        <source>side-on</source>
        <translation>de profil</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>the torso could not be traced in the photos</source>
        <translation>le contour du torse n&apos;a pas pu être tracé sur les photos</translation>
    </message>
    <message>
        <source>Stand against a plain background, arms slightly away from the body.</source>
        <translation>Placez-vous devant un fond uni, les bras légèrement écartés du corps.</translation>
    </message>
    <message>
        <source>the front view is turned {degrees} degrees from the camera</source>
        <translation>la vue de face est tournée de {degrees} degrés par rapport à la caméra</translation>
    </message>
    <message>
        <source>Face the camera squarely for the front view (feet and shoulders square to it).</source>
        <translation>Faites bien face à la caméra pour la vue de face (pieds et épaules tournés droit vers elle).</translation>
    </message>
    <message>
        <source>the side view is {degrees} degrees off side-on</source>
        <translation>la vue de profil s&apos;écarte de {degrees} degrés du profil exact</translation>
    </message>
    <message>
        <source>Turn exactly a quarter turn for the side view: one shoulder pointing at the camera.</source>
        <translation>Faites exactement un quart de tour pour la vue de profil&#xa0;: une épaule pointée vers la caméra.</translation>
    </message>
    <message>
        <source>the {girth} read {value} cm where the other girths of a real body would put it near {predicted} cm</source>
        <translation>la mesure {girth} a donné {value} cm, alors que les autres tours d&apos;un corps réel la situeraient vers {predicted} cm</translation>
    </message>
    <message>
        <source>Measure again: face the camera squarely, then turn exactly side-on; arms a hand&apos;s width from the body; fitted clothes; the camera at chest height, 2-3 m away.</source>
        <translation>Mesurez de nouveau&#xa0;: faites bien face à la caméra, puis tournez-vous exactement de profil&#xa0;; les bras à une largeur de main du corps&#xa0;; des vêtements près du corps&#xa0;; la caméra à hauteur de poitrine, à 2-3 m.</translation>
    </message>
    <message>
        <source>{what} was not found in the front photo</source>
        <translation>introuvable sur la photo de face&#xa0;: {what}</translation>
    </message>
    <message>
        <source>the printed marker</source>
        <translation>le marqueur imprimé</translation>
    </message>
    <message>
        <source>an ID card (85.6 x 54 mm)</source>
        <translation>une carte d&apos;identité (85,6 x 54 mm)</translation>
    </message>
    <message>
        <source>Hold it flat against your stomach, facing the camera, fully visible and unbent.</source>
        <translation>Tenez l&apos;objet à plat contre votre ventre, face à la caméra, entièrement visible et sans le plier.</translation>
    </message>
    <message>
        <source>No person was found. Stand 2-3 m from the camera, in good light, against a plain wall.</source>
        <translation>Aucune personne n&apos;a été détectée. Placez-vous à 2-3 m de la caméra, sous un bon éclairage, devant un mur uni.</translation>
    </message>
    <message>
        <source>More than one person is in the picture. Only the person to be measured may be in view.</source>
        <translation>Plusieurs personnes sont dans l&apos;image. Seule la personne à mesurer doit être dans le champ.</translation>
    </message>
    <message>
        <source>The whole body must be in the picture, from the top of the head to the feet, with a little space around it. Step back or lower the zoom.</source>
        <translation>Le corps entier doit être dans l&apos;image, du sommet de la tête aux pieds, avec un peu d&apos;espace autour. Reculez ou réduisez le zoom.</translation>
    </message>
    <message>
        <source>The person is too small in the picture. Step closer: the body should fill at least half of the picture&apos;s height.</source>
        <translation>La personne est trop petite dans l&apos;image. Approchez-vous&#xa0;: le corps doit occuper au moins la moitié de la hauteur de l&apos;image.</translation>
    </message>
    <message>
        <source>The person is too close. Step back until there is space above the head and below the feet.</source>
        <translation>La personne est trop proche. Reculez jusqu&apos;à laisser de l&apos;espace au-dessus de la tête et sous les pieds.</translation>
    </message>
    <message>
        <source>Stand upright, feet slightly apart, looking ahead (not seated or bending).</source>
        <translation>Tenez-vous droit, les pieds légèrement écartés, le regard droit devant (ni assis ni penché).</translation>
    </message>
    <message>
        <source>This is not a front view. Face the camera squarely for the front photo.</source>
        <translation>Ce n&apos;est pas une vue de face. Faites bien face à la caméra pour la photo de face.</translation>
    </message>
    <message>
        <source>This is not a side view. Turn 90 degrees so that your side faces the camera.</source>
        <translation>Ce n&apos;est pas une vue de profil. Tournez-vous de 90 degrés pour présenter votre profil à la caméra.</translation>
    </message>
    <message>
        <source>The person faces away from the camera. Face the camera for the front photo.</source>
        <translation>La personne tourne le dos à la caméra. Faites face à la caméra pour la photo de face.</translation>
    </message>
    <message>
        <source>Hold the arms slightly away from the body (a hand&apos;s width), so the waist shows.</source>
        <translation>Écartez légèrement les bras du corps (d&apos;une largeur de main), pour que la taille soit visible.</translation>
    </message>
    <message>
        <source>The picture is too dark. Turn on more light, facing the person.</source>
        <translation>L&apos;image est trop sombre. Ajoutez de la lumière, face à la personne.</translation>
    </message>
    <message>
        <source>The picture is overexposed. Avoid a window or a lamp behind or straight at the person.</source>
        <translation>L&apos;image est surexposée. Évitez une fenêtre ou une lampe derrière la personne ou braquée sur elle.</translation>
    </message>
    <message>
        <source>no person</source>
        <translation>aucune personne</translation>
    </message>
    <message>
        <source>several people</source>
        <translation>plusieurs personnes</translation>
    </message>
    <message>
        <source>body cut off</source>
        <translation>corps coupé</translation>
    </message>
    <message>
        <source>too far</source>
        <translation>trop loin</translation>
    </message>
    <message>
        <source>too close</source>
        <translation>trop près</translation>
    </message>
    <message>
        <source>not upright</source>
        <translation>posture inclinée</translation>
    </message>
    <message>
        <source>expected front</source>
        <translation>vue de face attendue</translation>
    </message>
    <message>
        <source>expected side</source>
        <translation>vue de profil attendue</translation>
    </message>
    <message>
        <source>facing away</source>
        <translation>dos tourné</translation>
    </message>
    <message>
        <source>arms against body</source>
        <translation>bras contre le corps</translation>
    </message>
    <message>
        <source>too dark</source>
        <translation>trop sombre</translation>
    </message>
    <message>
        <source>too bright</source>
        <translation>trop lumineux</translation>
    </message>
    <message>
        <source>empty; expected a whole number</source>
        <translation>vide&#xa0;; un nombre entier est attendu</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>{value} is below {minimum}; expected a whole number of at least {minimum}</source>
        <translation>{value} est inférieur à {minimum}&#xa0;; un nombre entier d&apos;au moins {minimum} est attendu</translation>
    </message>
    <message>
        <source>empty; expected a date such as 2024-03-05, 2024-03-05 10:11:12, 05-03-2024 or 05.03.2024</source>
        <translation>vide&#xa0;; une date est attendue, p. ex. 2024-03-05, 2024-03-05 10:11:12, 05-03-2024 ou 05.03.2024</translation>
    </message>
    <message>
        <source>{value} is not a date such as 2024-03-05, 2024-03-05 10:11:12, 05-03-2024 or 05.03.2024</source>
        <translation>{value} n&apos;est pas une date comme 2024-03-05, 2024-03-05 10:11:12, 05-03-2024 ou 05.03.2024</translation>
    </message>
    <message>
        <source>empty; every line needs its listing</source>
        <translation>vide&#xa0;; chaque ligne doit indiquer son article</translation>
    </message>
    <message>
        <source>listing {listing} is not in the catalogue{did_you_mean}</source>
        <translation>l&apos;article {listing} n&apos;est pas dans le catalogue{did_you_mean}</translation>
    </message>
    <message>
        <source>{value} is not a size of {listing}; valid: {labels}</source>
        <translation>{value} n&apos;est pas une taille de {listing}&#xa0;; tailles valides&#xa0;: {labels}</translation>
    </message>
    <message>
        <source>{returned} returned of {sold} sold; no more can come back than were sold</source>
        <translation>{returned} retournés sur {sold} vendus&#xa0;; il ne peut pas en revenir plus que la quantité vendue</translation>
    </message>
    <message>
        <source>no order lines under the header</source>
        <translation>aucune ligne de commande sous l&apos;en-tête</translation>
    </message>
    <message>
        <source>empty; every line needs its order</source>
        <translation>vide&#xa0;; chaque ligne doit indiquer sa commande</translation>
    </message>
    <message>
        <source>unknown orders layout {layout}; valid: {layouts}</source>
        <translation>structure de commandes {layout} inconnue&#xa0;; structures valides&#xa0;: {layouts}</translation>
    </message>
    <message>
        <source>the columns are not Sizer&apos;s, Shopify&apos;s or Amazon&apos;s: map them once (sizer returns analyse --map FIELD=COLUMN ..., or the column dialog in the app) with FIELD one of {fields}; required: {required}. The file&apos;s columns: {columns}</source>
        <translation>les colonnes ne sont ni celles de Sizer, ni celles de Shopify, ni celles d&apos;Amazon&#xa0;: associez-les une fois pour toutes (sizer returns analyse --map FIELD=COLUMN ..., ou la boîte de dialogue des colonnes dans l&apos;application), FIELD étant l&apos;un des champs {fields}&#xa0;; obligatoires&#xa0;: {required}. Colonnes du fichier&#xa0;: {columns}</translation>
    </message>
    <message>
        <source>unknown column{did_you_mean}; valid: {fields} (another layout: give a column mapping)</source>
        <translation>colonne inconnue{did_you_mean}&#xa0;; colonnes valides&#xa0;: {fields} (autre structure&#xa0;: indiquez une association des colonnes)</translation>
    </message>
    <message>
        <source>required column missing; an orders file needs {fields}</source>
        <translation>colonne obligatoire manquante&#xa0;; un fichier de commandes nécessite {fields}</translation>
    </message>
    <message>
        <source>the mapping takes {field} from column {column}, which the file does not have; its columns: {columns}</source>
        <translation>l&apos;association prend {field} dans la colonne {column}, que le fichier n&apos;a pas&#xa0;; ses colonnes&#xa0;: {columns}</translation>
    </message>
    <message>
        <source>{what} matches no listing and size of the catalogue; SKUs are read as &lt;listing_id&gt;-&lt;size&gt; (or with _ / . space or nothing between){names_hint}</source>
        <translation>{what} ne correspond à aucun article ni aucune taille du catalogue&#xa0;; les SKU sont lus sous la forme &lt;listing_id&gt;-&lt;size&gt; (ou avec _ / . une espace ou rien entre les deux){names_hint}</translation>
    </message>
    <message>
        <source>, item names as &apos;&lt;title&gt; - &lt;size&gt;&apos; (or &apos;&lt;title&gt; - &lt;size&gt; / &lt;colour&gt;&apos;)</source>
        <translation>, les noms de produits sous la forme &apos;&lt;title&gt; - &lt;size&gt;&apos; (ou &apos;&lt;title&gt; - &lt;size&gt; / &lt;colour&gt;&apos;)</translation>
    </message>
    <message>
        <source>SKU {sku}</source>
        <translation>le SKU {sku}</translation>
    </message>
    <message>
        <source>an empty SKU</source>
        <translation>un SKU vide</translation>
    </message>
    <message>
        <source>{what} (item {name})</source>
        <translation>{what} (produit {name})</translation>
    </message>
    <message>
        <source>required column of {what} missing (looked for {names})</source>
        <translation>{what}&#xa0;: colonne obligatoire manquante (noms recherchés&#xa0;: {names})</translation>
    </message>
    <message>
        <source>unknown orders field {field}{did_you_mean}
valid fields: {fields}</source>
        <translation>champ de commandes {field} inconnu{did_you_mean}
champs valides&#xa0;: {fields}</translation>
    </message>
    <message>
        <source>; did you mean {suggestions}?</source>
        <translation>&#xa0;; vouliez-vous dire {suggestions}&#xa0;?</translation>
    </message>
    <message>
        <source>--map {pair}: expected FIELD=COLUMN, e.g. size_label=Size</source>
        <translation>--map {pair}&#xa0;: FIELD=COLUMN attendu, p. ex. size_label=Size</translation>
    </message>
    <message>
        <source>cannot read the remembered column mappings: {detail}; delete the file to start afresh</source>
        <translation>impossible de lire les associations de colonnes mémorisées&#xa0;: {detail}&#xa0;; supprimez le fichier pour repartir de zéro</translation>
    </message>
    <message>
        <source>open an orders file first</source>
        <translation>ouvrez d&apos;abord un fichier de commandes</translation>
    </message>
    <message>
        <source>nothing to correct: no flagged size is selected</source>
        <translation>rien à corriger&#xa0;: aucune taille signalée n&apos;est sélectionnée</translation>
    </message>
    <message>
        <source>the bundled sample catalogue is never overwritten: choose where to save the corrected one</source>
        <translation>le catalogue d&apos;exemple fourni n&apos;est jamais écrasé&#xa0;: choisissez où enregistrer le catalogue corrigé</translation>
    </message>
    <message>
        <source>no correction to undo</source>
        <translation>aucune correction à annuler</translation>
    </message>
    <message>
        <source>a Shopify orders export</source>
        <translation>un export de commandes Shopify</translation>
    </message>
    <message>
        <source>a Shopify returns file</source>
        <translation>un fichier de retours Shopify</translation>
    </message>
    <message>
        <source>an Amazon All Orders report</source>
        <translation>un rapport All Orders Amazon</translation>
    </message>
    <message>
        <source>an Amazon customer returns report</source>
        <translation>un rapport des retours clients Amazon</translation>
    </message>
    <message>
        <source>no line of order {order} with SKU {sku} in the orders file</source>
        <translation>aucune ligne de la commande {order} avec le SKU {sku} dans le fichier de commandes</translation>
    </message>
    <message>
        <source>{value} is not a whole number of at least 1</source>
        <translation>{value} n&apos;est pas un nombre entier d&apos;au moins 1</translation>
    </message>
    <message>
        <source>column {column}: unknown target {target}; valid: {targets}, option&lt;n&gt;_name/_value, or a measurement (&lt;dimension&gt;_min, _max, _range, garment_&lt;dimension&gt;, add _in for inches)</source>
        <translation>colonne {column}&#xa0;: cible {target} inconnue&#xa0;; cibles valides&#xa0;: {targets}, option&lt;n&gt;_name/_value, ou une mesure (&lt;dimension&gt;_min, _max, _range, garment_&lt;dimension&gt;, ajoutez _in pour les pouces)</translation>
    </message>
    <message>
        <source>constant {name}: only {fields} can be set for every row</source>
        <translation>constante {name}&#xa0;: seuls {fields} peuvent être définis pour toutes les lignes</translation>
    </message>
    <message>
        <source>no column is the listing id (e.g. Handle, parent_sku, 款号); choose one</source>
        <translation>aucune colonne n&apos;est l&apos;identifiant de l&apos;article (p. ex. Handle, parent_sku, 款号)&#xa0;; choisissez-en une</translation>
    </message>
    <message>
        <source>no column is the title (e.g. Title, item_name, 商品名称); choose one</source>
        <translation>aucune colonne n&apos;est le titre (p. ex. Title, item_name, 商品名称)&#xa0;; choisissez-en une</translation>
    </message>
    <message>
        <source>no column is the size (e.g. Size, Option1 Value, size_name, 尺码); choose one</source>
        <translation>aucune colonne n&apos;est la taille (p. ex. Size, Option1 Value, size_name, 尺码)&#xa0;; choisissez-en une</translation>
    </message>
    <message>
        <source>no category: choose the column that holds it, or one category for every row</source>
        <translation>aucune catégorie&#xa0;: choisissez la colonne qui la contient, ou une catégorie pour toutes les lignes</translation>
    </message>
    <message>
        <source> (SKUs {skus})</source>
        <translation> (SKU {skus})</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>langues</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <source>units</source>
        <translation>unités</translation>
    </message>
    <message>
        <source>dimension</source>
        <translation>mesure</translation>
    </message>
    <message>
        <source>dimensions</source>
        <translation>mesures</translation>
    </message>
    <message>
        <source>listing</source>
        <translation>article</translation>
    </message>
    <message>
        <source>listings</source>
        <translation>articles</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>categories</source>
        <translation>catégories</translation>
    </message>
    <message>
        <source>fit</source>
        <translation>coupe</translation>
    </message>
    <message>
        <source>stretch</source>
        <translation>élasticité</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>public</translation>
    </message>
    <message>
        <source>%1 size systems</source>
        <translation>systèmes de tailles %1</translation>
    </message>
    <message>
        <source>%1 size system</source>
        <translation>système de tailles %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a code a file holds, then its name</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>header</source>
        <translation>en-tête</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>field %1</source>
        <translation>champ %1</translation>
    </message>
    <message>
        <source>{owner} has no {kind} {value}; its {kinds}: {choices}</source>
        <translation>{owner} n’a pas de {kind} {value} ; ses {kinds} : {choices}</translation>
    </message>
    <message>
        <source>{value} {unit} is not a plausible {dimension}; expected {expected}{hint}</source>
        <translation>{value} {unit} n’est pas une valeur plausible de {dimension} ; attendu : {expected}{hint}</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>ligne {line}, colonne {column}</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source> (1 valid row; accept it with --accept-valid-rows)</source>
        <translation> (1 ligne valide ; acceptez-la avec --accept-valid-rows)</translation>
    </message>
    <message>
        <source>unknown people file format {suffix}; valid: {valid}</source>
        <translation>format de fichier de personnes inconnu {suffix} ; valides : {valid}</translation>
    </message>
    <message>
        <source>not UTF-8 text (at byte {at}); save it as CSV UTF-8 (Excel: Save as, CSV UTF-8)</source>
        <translation>pas du texte UTF-8 (à l’octet {at}) ; enregistrez-le en CSV UTF-8 (Excel : Enregistrer sous, CSV UTF-8)</translation>
    </message>
    <message>
        <source>empty; expected a header row with an id column and measurement columns</source>
        <translation>vide ; une ligne d’en-tête avec une colonne id et des colonnes de mesures est attendue</translation>
    </message>
    <message>
        <source>no people under the header</source>
        <translation>aucune personne sous l’en-tête</translation>
    </message>
    <message>
        <source>no id column; name one of {names}</source>
        <translation>aucune colonne id ; nommez-la {names}</translation>
    </message>
    <message>
        <source>unknown column{did_you_mean}; valid: an id column ({ids}), a measurement named after its dimension (chest_girth in cm, chest_girth_in in inches), &lt;dimension&gt;_uncertainty in cm, fit_preference, segment</source>
        <translation>colonne inconnue{did_you_mean} ; valides : une colonne id ({ids}), une mesure nommée d’après sa dimension (chest_girth en cm, chest_girth_in en pouces), &lt;dimension&gt;_uncertainty en cm, fit_preference, segment</translation>
    </message>
    <message>
        <source>no measurement columns; name them after the dimensions: {dimensions}</source>
        <translation>aucune colonne de mesures ; nommez-les d’après les dimensions : {dimensions}</translation>
    </message>
    <message>
        <source>empty; every person needs an id</source>
        <translation>vide ; chaque personne a besoin d’un id</translation>
    </message>
    <message>
        <source>{person} is already on {where}; every person once</source>
        <translation>{person} figure déjà à la {where} ; chaque personne une seule fois</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>ligne {line}</translation>
    </message>
    <message>
        <source>person {person} has no measurements; give at least one</source>
        <translation>la personne {person} n’a aucune mesure ; indiquez-en au moins une</translation>
    </message>
    <message>
        <source>{slip} the column is in cm: {value}</source>
        <translation>{slip} la colonne est en cm : {value}</translation>
    </message>
    <message>
        <source>{slip} then name the column {column}</source>
        <translation>{slip} nommez alors la colonne {column}</translation>
    </message>
    <message>
        <source>not valid JSON (at column {column}); a line holds one person, e.g. {&quot;id&quot;: 17, &quot;measurements_cm&quot;: {&quot;chest_girth&quot;: 96}}</source>
        <translation>JSON non valide (à la colonne {column}) ; chaque ligne contient une personne, p. ex. {&quot;id&quot;: 17, &quot;measurements_cm&quot;: {&quot;chest_girth&quot;: 96}}</translation>
    </message>
    <message>
        <source>not a person: a line holds one JSON object, e.g. {&quot;id&quot;: 17, &quot;measurements_cm&quot;: {&quot;chest_girth&quot;: 96}}</source>
        <translation>pas une personne : chaque ligne contient un objet JSON, p. ex. {&quot;id&quot;: 17, &quot;measurements_cm&quot;: {&quot;chest_girth&quot;: 96}}</translation>
    </message>
    <message>
        <source>every person needs an id, e.g. &quot;id&quot;: 17</source>
        <translation>chaque personne a besoin d’un id, p. ex. &quot;id&quot;: 17</translation>
    </message>
    <message>
        <source>{owner} has no {kind} {value}
its {kinds}: {choices}</source>
        <translation>{owner} n’a pas de {kind} {value}
ses {kinds} : {choices}</translation>
    </message>
    <message>
        <source>size type</source>
        <translation>type de taille</translation>
    </message>
    <message>
        <source>size types</source>
        <translation>types de taille</translation>
    </message>
    <message>
        <source>size system</source>
        <translation>système de tailles</translation>
    </message>
    <message>
        <source>size systems</source>
        <translation>systèmes de tailles</translation>
    </message>
    <message>
        <source>the {channel} file is not written: two sizes of one listing would be the same variant there ({details}); give each size its own label in the catalogue, then export again</source>
        <translation>le fichier {channel} n’est pas écrit&#xa0;: deux tailles d’un même article y seraient la même variante ({details})&#xa0;; donnez à chaque taille sa propre étiquette dans le catalogue, puis exportez de nouveau</translation>
    </message>
    <message>
        <source>; {value} looks like half a girth, measured across the garment laid flat: give the whole girth ({doubled} cm), or import the chart with Brand chart…, which doubles laid-flat widths</source>
        <translation>&#xa0;; {value} semble être un demi-tour, mesuré sur le vêtement à plat&#xa0;: donnez le tour entier ({doubled} cm), ou importez le tableau avec Tableau de la marque…, qui double les largeurs mesurées à plat</translation>
    </message>
    <message>
        <source>rows {rows}</source>
        <translation>lignes {rows}</translation>
    </message>
    <message>
        <source>rows {rows} and {more} more</source>
        <translation>lignes {rows} et {more} autres</translation>
    </message>
    <message>
        <source>{path} is your own file, imported through a column mapping: saving over it would replace its columns with Sizer&apos;s. Choose a new file name.</source>
        <translation>{path} est votre propre fichier, importé via une correspondance de colonnes&#xa0;: l’écraser remplacerait ses colonnes par celles de Sizer. Choisissez un nouveau nom de fichier.</translation>
    </message>
    <message>
        <source>{path} is the workbook this catalogue was read from, and it has other sheets: saving over it would delete them. Choose a new file name.</source>
        <translation>{path} est le classeur d’où ce catalogue a été lu, et il a d’autres feuilles&#xa0;: l’écraser les supprimerait. Choisissez un nouveau nom de fichier.</translation>
    </message>
    <message>
        <source>{path} is the file this catalogue was imported from, and the rows with problems were left out: saving over it would delete them. Choose a new file name (fix the rows in the original and open it again to import them too).</source>
        <translation>{path} est le fichier d’où ce catalogue a été importé, sans les lignes en erreur&#xa0;: l’écraser les supprimerait. Choisissez un nouveau nom de fichier (corrigez ces lignes dans l’original et rouvrez-le pour les importer aussi).</translation>
    </message>
    <message>
        <source>{field} for every row: Sizer does not know {value}; valid: {valid}</source>
        <translation>{field} pour toutes les lignes&#xa0;: Sizer ne connaît pas {value}&#xa0;; valides&#xa0;: {valid}</translation>
    </message>
    <message>
        <source>size system {system} for every row: the charts of {categories} have no labels in it; choose another, or leave it empty for the brand&apos;s own labels</source>
        <translation>système de tailles {system} pour toutes les lignes&#xa0;: les tableaux de {categories} n’ont pas de tailles dans ce système&#xa0;; choisissez-en un autre, ou laissez le champ vide pour les tailles propres à la marque</translation>
    </message>
    <message>
        <source>category {text}: Sizer does not know {value}; choose a Sizer category or not sized</source>
        <translation>catégorie {text}&#xa0;: Sizer ne connaît pas {value}&#xa0;; choisissez une catégorie de Sizer ou « sans taille »</translation>
    </message>
    <message>
        <source>Category (every row)</source>
        <translation>Catégorie (toutes les lignes)</translation>
    </message>
    <message>
        <source>Size system (every row)</source>
        <translation>Système de tailles (toutes les lignes)</translation>
    </message>
    <message>
        <source>Fit (every row)</source>
        <translation>Coupe (toutes les lignes)</translation>
    </message>
    <message>
        <source>Stretch (every row)</source>
        <translation>Élasticité (toutes les lignes)</translation>
    </message>
    <message>
        <source>{listing}: sizes {sizes}{rows} would all be {value}</source>
        <translation>{listing} : les tailles {sizes}{rows} seraient toutes {value}</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} et {second}</translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <translation>{first} ; {second}</translation>
    </message>
    <message>
        <source>the brand&apos;s own labels</source>
        <translation>les étiquettes propres à la marque</translation>
    </message>
    <message>
        <source>size {sizes} has no {system} equivalent in the {category} chart</source>
        <translation>la taille {sizes} n’a pas d’équivalent {system} dans le tableau {category}</translation>
    </message>
    <message>
        <source>sizes {sizes} have no {system} equivalent in the {category} chart</source>
        <translation>les tailles {sizes} n’ont pas d’équivalent {system} dans le tableau {category}</translation>
    </message>
    <message>
        <source>sizes {sizes} would all be {system} {label}</source>
        <translation>les tailles {sizes} seraient toutes {system} {label}</translation>
    </message>
    <message>
        <source>{listing}: sizes {first} and {second} are both {label} with the same ranges: one row</source>
        <translation>{listing} : les tailles {first} et {second} sont toutes deux {label} avec les mêmes plages : une seule ligne</translation>
    </message>
    <message>
        <source>{listing}: Amazon keeps one size chart per brand, department and product type, but this listing&apos;s size table differs from {listings} ({why}); it is written as a chart of its own ({chart}): upload the chart that fits your listings, or give them one size table</source>
        <translation>{listing} : Amazon garde un tableau des tailles par marque, rayon et type de produit, mais le tableau de cet article diffère de {listings} ({why}) ; il est écrit comme un tableau à part ({chart}) : téléversez le tableau qui convient à vos articles, ou donnez-leur un seul tableau des tailles</translation>
    </message>
    <message>
        <source>its sizes are in {system}, the chart&apos;s in {chart_system}</source>
        <translation>ses tailles sont en {system}, celles du tableau en {chart_system}</translation>
    </message>
    <message>
        <source>size {label}: {dimension} {low}–{high} cm in {listing}, {other_low}–{other_high} cm in {other}</source>
        <translation>taille {label} : {dimension} {low}–{high} cm dans {listing}, {other_low}–{other_high} cm dans {other}</translation>
    </message>
    <message>
        <source>together, size {label} of {listing} ({dimension} from {low} cm) and size {other_label} of {other} (from {other_low} cm) would be out of order</source>
        <translation>ensemble, la taille {label} de {listing} ({dimension} à partir de {low} cm) et la taille {other_label} de {other} (à partir de {other_low} cm) seraient dans le désordre</translation>
    </message>
    <message>
        <source>their sizes overlap</source>
        <translation>leurs tailles se chevauchent</translation>
    </message>
    <message>
        <source>size-chart picture of {listing} ({width} x {height} px) written to {path}</source>
        <translation>image du tableau des tailles de {listing} ({width} x {height} px) écrite dans {path}</translation>
    </message>
    <message>
        <source>{value} (listing {listing}) is Amazon&apos;s code for a size system, and which system it stands for is not published; write the system itself ({valid}) in this column, or set it for every row in the mapping (--constant size_system=US)</source>
        <translation>{value} (article {listing}) est le code Amazon d&apos;un système de tailles, et le système qu&apos;il désigne n&apos;est pas publié ; écrivez le système lui-même ({valid}) dans cette colonne, ou fixez-le pour toutes les lignes dans la correspondance (--constant size_system=US)</translation>
    </message>
    <message>
        <source>sizes {labels} of listing {listing} ({rows}) name one size: imported as one size, {label}, keeping every SKU</source>
        <translation>les tailles {labels} de l&apos;article {listing} ({rows}) désignent une même taille : importées comme une seule taille, {label}, avec tous les SKU</translation>
    </message>
    <message>
        <source>sizes {labels} of listing {listing} ({rows}) name one size but give different measurements; give them the same measurements, or write each as a size of its own</source>
        <translation>les tailles {labels} de l&apos;article {listing} ({rows}) désignent une même taille mais ont des mesures différentes ; donnez-leur les mêmes mesures, ou écrivez chacune comme une taille à part</translation>
    </message>
    <message>
        <source>%1 %2 labels</source>
        <translation>tailles %2 %1</translation>
    </message>
    <message>
        <source>%1 %2 label</source>
        <translation>taille %2 %1</translation>
    </message>
    <message>
        <source>none of the chart&apos;s sizes ({chart}) is a size the listing sells ({listing}); to give the listing the chart&apos;s sizes instead, add the chart&apos;s sizes and remove the listing&apos;s</source>
        <translation>aucune taille du tableau ({chart}) n&apos;est une taille que l&apos;article vend ({listing})&#xa0;; pour lui donner plutôt les tailles du tableau, ajoutez les tailles du tableau et retirez celles de l&apos;article</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Dossier</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>Regarder &amp;dans&#xa0;:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#xa0;:</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Page &amp;Set:</source>
        <translation>&amp;Jeu de pages&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ResultsScreen</name>
    <message>
        <source>Your sizes</source>
        <translation>Vos tailles</translation>
    </message>
    <message>
        <source>Your measurements</source>
        <translation>Vos mesures</translation>
    </message>
    <message>
        <source>Products on display</source>
        <translation>Produits présentés</translation>
    </message>
    <message>
        <source>Scan with your phone to keep your sizes</source>
        <translation>Scannez avec votre téléphone pour garder vos tailles</translation>
    </message>
    <message>
        <source>Print my sizes</source>
        <translation>Imprimer mes tailles</translation>
    </message>
    <message>
        <source>Done – start over</source>
        <translation>Terminé – recommencer</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← Précédent</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Suivant →</translation>
    </message>
    <message>
        <source>Products %1 of %2</source>
        <translation>Produits %1 sur %2</translation>
    </message>
</context>
<context>
    <name>ReturnsChart</name>
    <message>
        <source>Too small</source>
        <translation>Trop petit</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>Trop grand</translation>
    </message>
    <message>
        <source>Other reasons</source>
        <translation>Autres raisons</translation>
    </message>
    <message>
        <source>Returned (% of orders)</source>
        <translation>Retournés (% des commandes)</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <source>Open &amp;orders…</source>
        <translation>Ouvrir des &amp;commandes…</translation>
    </message>
    <message>
        <source>&amp;Catalogue…</source>
        <translation>C&amp;atalogue…</translation>
    </message>
    <message>
        <source>&amp;Apply this correction</source>
        <translation>A&amp;ppliquer cette correction</translation>
    </message>
    <message>
        <source>&amp;Undo correction</source>
        <translation>A&amp;nnuler la correction</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Exporter le &amp;rapport…</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Offset (cm)</source>
        <translation>Décalage (cm)</translation>
    </message>
    <message>
        <source>Too small</source>
        <translation>Trop petit</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>Trop grand</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Retours</translation>
    </message>
    <message>
        <source>Catalogue to check</source>
        <translation>Catalogue à vérifier</translation>
    </message>
    <message>
        <source>Catalogues %1;;All files (*)</source>
        <translation>Catalogues %1;;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open an orders file</source>
        <translation>Ouvrir un fichier de commandes</translation>
    </message>
    <message>
        <source>Orders %1;;All files (*)</source>
        <translation>Commandes %1;;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The orders could not be imported; nothing was changed.</source>
        <translation>Les commandes n&apos;ont pas pu être importées&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>Analysed %Ln order line(s); rows left out for problems: %1.</source>
        <translation>
            <numerusform>%Ln ligne de commande analysée&#xa0;; lignes laissées de côté pour des problèmes&#xa0;: %1.</numerusform>
            <numerusform>%Ln lignes de commande analysées&#xa0;; lignes laissées de côté pour des problèmes&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Analysed %Ln order line(s).</source>
        <translation>
            <numerusform>%Ln ligne de commande analysée.</numerusform>
            <numerusform>%Ln lignes de commande analysées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) in the orders; nothing was imported. Analyse the other rows and leave the rows with problems out?</source>
        <translation>
            <numerusform>%Ln problème dans les commandes&#xa0;; rien n&apos;a été importé. Analyser les autres lignes et laisser de côté celle qui pose problème&#xa0;?</numerusform>
            <numerusform>%Ln problèmes dans les commandes&#xa0;; rien n&apos;a été importé. Analyser les autres lignes et laisser de côté celles qui posent problème&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Order lines: %1 · units: %2 · returned: %3 (too small: %4, too large: %5, other: %6). Sizes running small: %7, running large: %8, true to size: %9, not enough data yet: %10.</source>
        <translation>Lignes de commande&#xa0;: %1 · unités&#xa0;: %2 · retournées&#xa0;: %3 (trop petites&#xa0;: %4, trop grandes&#xa0;: %5, autres&#xa0;: %6). Tailles qui taillent petit&#xa0;: %7, qui taillent grand&#xa0;: %8, qui taillent normalement&#xa0;: %9, pas encore assez de données&#xa0;: %10.</translation>
    </message>
    <message numerus="yes">
        <source>Bought in the size Sizer recommended: %Ln unit(s), %1% kept.</source>
        <translation>
            <numerusform>Achetées dans la taille recommandée par Sizer&#xa0;: %Ln unité, %1% conservées.</numerusform>
            <numerusform>Achetées dans la taille recommandée par Sizer&#xa0;: %Ln unités, %1% conservées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sizer&apos;s advice was followed on %Ln unit(s); %1% of them were kept.</source>
        <translation>
            <numerusform>Le conseil de Sizer a été suivi pour %Ln unité&#xa0;; %1% ont été conservées.</numerusform>
            <numerusform>Le conseil de Sizer a été suivi pour %Ln unités&#xa0;; %1% d&apos;entre elles ont été conservées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of %Ln order(s), %1 came back too small (%2%), %3 too large (%4%) and %5 for other reasons.</source>
        <translation>
            <numerusform>Sur %Ln commande, %1 sont revenues car trop petites (%2%), %3 car trop grandes (%4%) et %5 pour d&apos;autres raisons.</numerusform>
            <numerusform>Sur %Ln commandes, %1 sont revenues car trop petites (%2%), %3 car trop grandes (%4%) et %5 pour d&apos;autres raisons.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more were bought together with another size (bracketing) and are counted apart.</source>
        <translation>
            <numerusform>%Ln autre a été achetée avec une autre taille (pour comparer) et est comptée à part.</numerusform>
            <numerusform>%Ln autres ont été achetées avec une autre taille (pour comparer) et sont comptées à part.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not enough data yet for size %1: about %Ln more order(s) would settle it.</source>
        <translation>
            <numerusform>Pas encore assez de données pour la taille %1&#xa0;: %Ln commande de plus permettrait de trancher.</numerusform>
            <numerusform>Pas encore assez de données pour la taille %1&#xa0;: environ %Ln commandes de plus permettraient de trancher.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) written to %1; Undo puts the catalogue back.</source>
        <translation>
            <numerusform>%Ln modification écrite dans %1&#xa0;; Annuler rétablit le catalogue.</numerusform>
            <numerusform>%Ln modifications écrites dans %1&#xa0;; Annuler rétablit le catalogue.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shopify returns (optional)</source>
        <translation>Retours Shopify (facultatif)</translation>
    </message>
    <message>
        <source>Amazon FBA customer returns report (optional)</source>
        <translation>Rapport des retours clients Amazon FBA (facultatif)</translation>
    </message>
    <message>
        <source>Returns %1;;All files (*)</source>
        <translation>Retours %1;;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>the bundled sample catalogue</source>
        <translation>le catalogue d&apos;exemple fourni</translation>
    </message>
    <message>
        <source>Open an orders file (Sizer&apos;s columns, a Shopify or Amazon export, or any CSV/XLSX with a column mapping) to find the sizes whose returns say the chart is wrong.</source>
        <translation>Ouvrez un fichier de commandes (avec les colonnes de Sizer, un export Shopify ou Amazon, ou tout CSV/XLSX avec une association de colonnes) pour trouver les tailles dont les retours montrent que le tableau est faux.</translation>
    </message>
    <message>
        <source>Catalogue: %1</source>
        <translation>Catalogue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Other sizes: %1% kept.</source>
        <translation>Autres tailles&#xa0;: %1% conservées.</translation>
    </message>
    <message>
        <source>Catalogue: %1 · Orders: %2</source>
        <translation>Catalogue&#xa0;: %1 · Commandes&#xa0;: %2</translation>
    </message>
    <message>
        <source>whole listing runs small</source>
        <translation>tout l&apos;article taille petit</translation>
    </message>
    <message>
        <source>whole listing runs large</source>
        <translation>tout l&apos;article taille grand</translation>
    </message>
    <message>
        <source>sizes flagged: %1</source>
        <translation>tailles signalées&#xa0;: %1</translation>
    </message>
    <message>
        <source>runs small</source>
        <translation>taille petit</translation>
    </message>
    <message>
        <source>runs large</source>
        <translation>taille grand</translation>
    </message>
    <message>
        <source>true to size</source>
        <translation>taille normalement</translation>
    </message>
    <message>
        <source>not enough data</source>
        <translation>pas assez de données</translation>
    </message>
    <message>
        <source>The whole listing runs small: every size fits bodies about %1 cm smaller than its chart says.</source>
        <translation>Tout l&apos;article taille petit&#xa0;: chaque taille convient à des corps environ %1 cm plus petits que ce qu&apos;indique son tableau.</translation>
    </message>
    <message>
        <source>The whole listing runs large: every size fits bodies about %1 cm larger than its chart says.</source>
        <translation>Tout l&apos;article taille grand&#xa0;: chaque taille convient à des corps environ %1 cm plus grands que ce qu&apos;indique son tableau.</translation>
    </message>
    <message>
        <source>Proposed body ranges (cm):</source>
        <translation>Intervalles corporels proposés (cm)&#xa0;:</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Size %1 runs small (probability %2%): it fits bodies about %3 cm smaller than its chart says. The correction moves its ranges down by that.</source>
        <translation>La taille %1 taille petit (probabilité %2%)&#xa0;: elle convient à des corps environ %3 cm plus petits que ce qu&apos;indique son tableau. La correction abaisse ses intervalles d&apos;autant.</translation>
    </message>
    <message>
        <source>Size %1 runs large (probability %2%): it fits bodies about %3 cm larger than its chart says. The correction moves its ranges up by that.</source>
        <translation>La taille %1 taille grand (probabilité %2%)&#xa0;: elle convient à des corps environ %3 cm plus grands que ce qu&apos;indique son tableau. La correction relève ses intervalles d&apos;autant.</translation>
    </message>
    <message>
        <source>Size %1 is true to size (probability %2%).</source>
        <translation>La taille %1 taille normalement (probabilité %2%).</translation>
    </message>
    <message>
        <source>The catalogue has changes that are not saved: save or discard them on the Catalogue page first.</source>
        <translation>Le catalogue comporte des modifications non enregistrées&#xa0;: enregistrez-les ou abandonnez-les d&apos;abord sur la page Catalogue.</translation>
    </message>
    <message>
        <source>The correction of %1 was undone.</source>
        <translation>La correction de %1 a été annulée.</translation>
    </message>
    <message>
        <source>Save the corrected catalogue</source>
        <translation>Enregistrer le catalogue corrigé</translation>
    </message>
    <message>
        <source>Catalogues (*.csv *.xlsx)</source>
        <translation>Catalogues (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Export the returns report</source>
        <translation>Exporter le rapport des retours</translation>
    </message>
    <message>
        <source>Report (*.html);;PDF (*.pdf);;CSV (*.csv);;Excel (*.xlsx)</source>
        <translation>Rapport (*.html);;PDF (*.pdf);;CSV (*.csv);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose a report name ending in .html, .pdf, .csv or .xlsx.</source>
        <translation>Choisissez un nom de rapport se terminant par .html, .pdf, .csv ou .xlsx.</translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation>Le rapport n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Rapport écrit dans %1.</translation>
    </message>
    <message>
        <source>Orders with problems</source>
        <translation>Commandes avec des problèmes</translation>
    </message>
</context>
<context>
    <name>SegmentChoice</name>
    <message>
        <source>Women</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Kids</source>
        <translation>Enfant</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Centimetres (cm)</source>
        <translation>Centimètres (cm)</translation>
    </message>
    <message>
        <source>Inches, decimal (in)</source>
        <translation>Pouces, décimaux (in)</translation>
    </message>
    <message>
        <source>Inches, fractions (⅛ in)</source>
        <translation>Pouces, fractions (⅛ in)</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Start in &amp;kiosk mode next time</source>
        <translation>Démarrer en mode &amp;borne la prochaine fois</translation>
    </message>
    <message>
        <source>Sizer then opens full screen for shoppers. Only the admin PIN leaves kiosk mode (tap the top-left corner five times, or press Ctrl+Alt+Shift+K).</source>
        <translation>Sizer s&apos;ouvre alors en plein écran pour les clients. Seul le PIN d&apos;administration permet de quitter le mode borne (touchez cinq fois le coin supérieur gauche, ou appuyez sur Ctrl+Alt+Maj+K).</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Unités&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Size &amp;systems shown by default:</source>
        <translation>&amp;Systèmes de tailles affichés par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Settings are stored in %1</source>
        <translation>Les paramètres sont enregistrés dans %1</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>%1 to %2 digits. A PIN this short is not strong by itself: the kiosk makes each wrong try wait longer and locks the keypad for 30 minutes after %3 in a row. Kiosk mode does not start until a PIN is set.</source>
        <translation>De %1 à %2 chiffres. Un PIN aussi court n&apos;est pas sûr à lui seul&#xa0;: la borne fait attendre de plus en plus longtemps après chaque essai erroné et verrouille le clavier pendant 30 minutes après %3 erreurs d&apos;affilée. Le mode borne ne démarre pas tant qu&apos;aucun PIN n&apos;est défini.</translation>
    </message>
    <message>
        <source>Kiosk admin &amp;PIN:</source>
        <translation>&amp;PIN d&apos;administration de la borne&#xa0;:</translation>
    </message>
    <message>
        <source>The PIN &amp;again:</source>
        <translation>Confir&amp;mer le PIN&#xa0;:</translation>
    </message>
    <message>
        <source>The kiosk PIN must be %1 to %2 digits.</source>
        <translation>Le PIN de la borne doit comporter de %1 à %2 chiffres.</translation>
    </message>
    <message>
        <source>The two kiosk PINs differ.</source>
        <translation>Les deux PIN de la borne sont différents.</translation>
    </message>
    <message>
        <source>Set a kiosk admin PIN first: kiosk mode does not start without one.</source>
        <translation>Définissez d&apos;abord un PIN d&apos;administration de la borne&#xa0;: le mode borne ne démarre pas sans lui.</translation>
    </message>
    <message>
        <source>Default &amp;camera:</source>
        <translation>&amp;Caméra par défaut&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SizeGuideDialog</name>
    <message>
        <source>Web page snippet (desktop, with pictures)</source>
        <translation>Extrait de page web (ordinateur, avec images)</translation>
    </message>
    <message>
        <source>Web page snippet for phones</source>
        <translation>Extrait de page web pour mobiles</translation>
    </message>
    <message>
        <source>Whole web page for phones</source>
        <translation>Page web complète pour mobiles</translation>
    </message>
    <message>
        <source>Plain HTML for marketplaces that strip styles (Amazon)</source>
        <translation>HTML simple pour les marketplaces qui suppriment les styles (Amazon)</translation>
    </message>
    <message>
        <source>PDF to print</source>
        <translation>PDF à imprimer</translation>
    </message>
    <message>
        <source>Picture with the measuring guides (PNG)</source>
        <translation>Image avec les guides de mesure (PNG)</translation>
    </message>
    <message>
        <source>Listing gallery picture (JPEG)</source>
        <translation>Image pour la galerie de l&apos;article (JPEG)</translation>
    </message>
    <message>
        <source>Listing gallery picture (PNG)</source>
        <translation>Image pour la galerie de l&apos;article (PNG)</translation>
    </message>
    <message>
        <source>Size guide of %1</source>
        <translation>Guide des tailles de %1</translation>
    </message>
    <message>
        <source>Centimetres</source>
        <translation>Centimètres</translation>
    </message>
    <message>
        <source>Inches</source>
        <translation>Pouces</translation>
    </message>
    <message>
        <source>Both, side by side</source>
        <translation>Les deux, côte à côte</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre US (Letter)</translation>
    </message>
    <message>
        <source>Also show the labels of:</source>
        <translation>Afficher aussi les tailles de&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Unités&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Paper (PDF):</source>
        <translation>&amp;Papier (PDF)&#xa0;:</translation>
    </message>
    <message>
        <source>Picture &amp;size:</source>
        <translation>&amp;Taille de l&apos;image&#xa0;:</translation>
    </message>
    <message>
        <source>The body measurement that decides the size comes first. Letter is proposed for listings sized in US sizes, A4 for the others.</source>
        <translation>La mesure du corps qui décide de la taille vient en premier. Le format Letter est proposé pour les articles en tailles US, le A4 pour les autres.</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
</context>
<context>
    <name>SizesModel</name>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>From</source>
        <translation>D&apos;après</translation>
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
        <translation>intervalles corporels</translation>
    </message>
    <message>
        <source>garment + ease</source>
        <translation>vêtement + aisance</translation>
    </message>
    <message>
        <source>standard chart</source>
        <translation>tableau standard</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 n&apos;est pas un nombre</translation>
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
        <translation>Guide d&apos;utilisation de Sizer</translation>
    </message>
    <message>
        <source>Size charts (Ctrl+1)</source>
        <translation>Tableaux des tailles (Ctrl+1)</translation>
    </message>
    <message>
        <source>Pick a category and tick the size systems to show under Systems.</source>
        <translation>Choisissez une catégorie et cochez sous Systèmes les systèmes de tailles à afficher.</translation>
    </message>
    <message>
        <source>Click a size, or type one under Find a size: its equivalents light up in every system, with the body measurements it stands for.</source>
        <translation>Cliquez sur une taille, ou saisissez-la sous Trouver une taille&#xa0;: ses équivalences s&apos;allument dans chaque système, avec les mesures du corps qu&apos;elle représente.</translation>
    </message>
    <message>
        <source>Copy table (Ctrl+C) pastes into a spreadsheet; Export CSV writes the table with minimum and maximum as numbers.</source>
        <translation>Copier le tableau (Ctrl+C) le colle dans un tableur&#xa0;; Exporter en CSV écrit le tableau avec le minimum et le maximum sous forme de nombres.</translation>
    </message>
    <message>
        <source>Measuring guides (Ctrl+2)</source>
        <translation>Guides de mesure (Ctrl+2)</translation>
    </message>
    <message>
        <source>Illustrated steps for every body measurement; print them or save them as PDF. Every “?” beside a measurement opens its guide.</source>
        <translation>Des étapes illustrées pour chaque mesure du corps&#xa0;; imprimez-les ou enregistrez-les en PDF. Chaque «&#xa0;?&#xa0;» à côté d&apos;une mesure ouvre son guide.</translation>
    </message>
    <message>
        <source>Measure (Ctrl+3)</source>
        <translation>Mesurer (Ctrl+3)</translation>
    </message>
    <message>
        <source>Type your height as you know it: 182 cm, 5 ft 11, 5&apos;11&quot; or 71 in. The line under it says what was understood.</source>
        <translation>Saisissez votre stature comme vous la connaissez&#xa0;: 182 cm, 5 ft 11, 5&apos;11&quot; ou 71 in. La ligne en dessous indique ce qui a été compris.</translation>
    </message>
    <message>
        <source>Start the camera and follow the instructions under the picture, or measure from a video or from two photos (one facing the camera, one from the side).</source>
        <translation>Démarrez la caméra et suivez les instructions sous l&apos;image, ou mesurez à partir d&apos;une vidéo ou de deux photos (une face à la caméra, une de profil).</translation>
    </message>
    <message>
        <source>Each result shows its uncertainty (±). You can correct a value by hand; it is then marked “by hand”. Scrolling over a field never changes it: click it first.</source>
        <translation>Chaque résultat indique son incertitude (±). Vous pouvez corriger une valeur à la main&#xa0;; elle est alors marquée «&#xa0;à la main&#xa0;». Faire défiler la molette sur un champ ne le modifie jamais&#xa0;: cliquez d&apos;abord dessus.</translation>
    </message>
    <message>
        <source>Save the profile to use it again, here or with the sizer recommend command.</source>
        <translation>Enregistrez le profil pour le réutiliser, ici ou avec la commande sizer recommend.</translation>
    </message>
    <message>
        <source>Catalogue (Ctrl+4)</source>
        <translation>Catalogue (Ctrl+4)</translation>
    </message>
    <message>
        <source>File &gt; Open catalogue reads a CSV or Excel file. Problems are listed by row and column; you may import the valid rows and fix the rest in your file.</source>
        <translation>Fichier &gt; Ouvrir un catalogue lit un fichier CSV ou Excel. Les problèmes sont listés par ligne et par colonne&#xa0;; vous pouvez importer les lignes valides et corriger le reste dans votre fichier.</translation>
    </message>
    <message>
        <source>Every listing shows the recommended size for the current profile. Titles and size systems can be edited; File &gt; Save writes the catalogue, Save as writes a copy.</source>
        <translation>Chaque article affiche la taille recommandée pour le profil actuel. Les titres et les systèmes de tailles sont modifiables&#xa0;; Fichier &gt; Enregistrer le catalogue écrit le catalogue, Enregistrer le catalogue sous en écrit une copie.</translation>
    </message>
    <message>
        <source>File &gt; Export writes the recommendations (CSV, Excel, JSON) or the selected listing&apos;s size guide (HTML, PDF, PNG).</source>
        <translation>Fichier &gt; Exporter écrit les recommandations (CSV, Excel, JSON) ou le guide des tailles de l&apos;article sélectionné (HTML, PDF, PNG).</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>File &gt; Settings chooses the units, the default size systems, the language and the camera. Errors are shown once, with the path of the log file that has the details (Help &gt; Open the log folder).</source>
        <translation>Fichier &gt; Paramètres permet de choisir les unités, les systèmes de tailles par défaut, la langue et la caméra. Les erreurs sont affichées une seule fois, avec le chemin du fichier journal qui contient les détails (Aide &gt; Ouvrir le dossier du journal).</translation>
    </message>
    <message>
        <source>Size charts that convert between countries, measuring guides, body measurements from a camera, and the right size of every listing.</source>
        <translation>Des tableaux des tailles qui convertissent d&apos;un pays à l&apos;autre, des guides de mesure, des mesures du corps par caméra et la bonne taille pour chaque article.</translation>
    </message>
</context>
</TS>
