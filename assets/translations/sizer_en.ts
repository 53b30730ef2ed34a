<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CataloguePage</name>
    <message numerus="yes">
        <source>Imported %Ln row(s); rows left out for problems: %1.</source>
        <translation>
            <numerusform>Imported %Ln row; rows left out for problems: %1.</numerusform>
            <numerusform>Imported %Ln rows; rows left out for problems: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) of products without sizes left out, as mapped.</source>
        <translation>
            <numerusform>%Ln row of a product without sizes left out, as mapped.</numerusform>
            <numerusform>%Ln rows of products without sizes left out, as mapped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln listing(s)</source>
        <translation>
            <numerusform>%Ln listing</numerusform>
            <numerusform>%Ln listings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln size(s)</source>
        <translation>
            <numerusform>%Ln size</numerusform>
            <numerusform>%Ln sizes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 now has the %Ln size(s) of the brand chart; Save to keep them.</source>
        <translation>
            <numerusform>%1 now has the %Ln size of the brand chart; Save to keep it.</numerusform>
            <numerusform>%1 now has the %Ln sizes of the brand chart; Save to keep them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recommending for a profile of %Ln measurement(s)</source>
        <translation>
            <numerusform>Recommending for a profile of %Ln measurement</numerusform>
            <numerusform>Recommending for a profile of %Ln measurements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountedProblems</name>
    <message numerus="yes">
        <source>{path}: %Ln problem(s); nothing was imported</source>
        <translation>
            <numerusform>{path}: %Ln problem; nothing was imported</numerusform>
            <numerusform>{path}: %Ln problems; nothing was imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln valid row(s); accept them with --accept-valid-rows)</source>
        <translation>
            <numerusform> (%Ln valid row; accept it with --accept-valid-rows)</numerusform>
            <numerusform> (%Ln valid rows; accept them with --accept-valid-rows)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) in the orders; nothing was imported</source>
        <translation>
            <numerusform>%Ln problem in the orders; nothing was imported</numerusform>
            <numerusform>%Ln problems in the orders; nothing was imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more problem(s) of the same kinds</source>
        <translation>
            <numerusform>and %Ln more problem of the same kinds</numerusform>
            <numerusform>and %Ln more problems of the same kinds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s) of order {order} SKU {sku} returned, {sold} sold</source>
        <translation>
            <numerusform>%Ln unit of order {order} SKU {sku} returned, {sold} sold</numerusform>
            <numerusform>%Ln units of order {order} SKU {sku} returned, {sold} sold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{listing}: {why}, so all %Ln size(s) are sent in the listing&apos;s own system {system} ({span}): one system for the whole listing, each size distinct</source>
        <translation>
            <numerusform>{listing}: {why}, so its %Ln size is sent in the listing&apos;s own system {system} ({span}): one system for the whole listing, each size distinct</numerusform>
            <numerusform>{listing}: {why}, so all %Ln sizes are sent in the listing&apos;s own system {system} ({span}): one system for the whole listing, each size distinct</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln size chart(s) for {brand} on Amazon {marketplace} written to {path}</source>
        <translation>
            <numerusform>%Ln size chart for {brand} on Amazon {marketplace} written to {path}</numerusform>
            <numerusform>%Ln size charts for {brand} on Amazon {marketplace} written to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>size attributes of %Ln child listing(s) written to {path}</source>
        <translation>
            <numerusform>size attributes of %Ln child listing written to {path}</numerusform>
            <numerusform>size attributes of %Ln child listings written to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Google Merchant size attributes of %Ln variant(s) written to {path}</source>
        <translation>
            <numerusform>Google Merchant size attributes of %Ln variant written to {path}</numerusform>
            <numerusform>Google Merchant size attributes of %Ln variants written to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln size-chart metaobject(s) written to {path}</source>
        <translation>
            <numerusform>%Ln size-chart metaobject written to {path}</numerusform>
            <numerusform>%Ln size-chart metaobjects written to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>metafields of %Ln product(s) written to {path}</source>
        <translation>
            <numerusform>metafields of %Ln product written to {path}</numerusform>
            <numerusform>metafields of %Ln products written to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln size-chart picture(s) ({width} x {height} px) written to {path}</source>
        <translation>
            <numerusform>%Ln size-chart picture ({width} x {height} px) written to {path}</numerusform>
            <numerusform>%Ln size-chart pictures ({width} x {height} px) written to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportIssuesDialog</name>
    <message numerus="yes">
        <source>%1 has %Ln problem(s). Nothing has been imported yet.</source>
        <translation>
            <numerusform>%1 has %Ln problem. Nothing has been imported yet.</numerusform>
            <numerusform>%1 has %Ln problems. Nothing has been imported yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import the %Ln valid row(s)</source>
        <translation>
            <numerusform>&amp;Import the %Ln valid row</numerusform>
            <numerusform>&amp;Import the %Ln valid rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresetResultDialog</name>
    <message numerus="yes">
        <source>%Ln note(s) on what the file holds; read them before you upload it:</source>
        <translation>
            <numerusform>%Ln note on what the file holds; read it before you upload the file:</numerusform>
            <numerusform>%Ln notes on what the file holds; read them before you upload it:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message numerus="yes">
        <source>Analysed %Ln order line(s); rows left out for problems: %1.</source>
        <translation>
            <numerusform>Analysed %Ln order line; rows left out for problems: %1.</numerusform>
            <numerusform>Analysed %Ln order lines; rows left out for problems: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Analysed %Ln order line(s).</source>
        <translation>
            <numerusform>Analysed %Ln order line.</numerusform>
            <numerusform>Analysed %Ln order lines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) in the orders; nothing was imported. Analyse the other rows and leave the rows with problems out?</source>
        <translation>
            <numerusform>%Ln problem in the orders; nothing was imported. Analyse the other rows and leave the row with the problem out?</numerusform>
            <numerusform>%Ln problems in the orders; nothing was imported. Analyse the other rows and leave the rows with problems out?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bought in the size Sizer recommended: %Ln unit(s), %1% kept.</source>
        <translation>
            <numerusform>Bought in the size Sizer recommended: %Ln unit, %1% kept.</numerusform>
            <numerusform>Bought in the size Sizer recommended: %Ln units, %1% kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sizer&apos;s advice was followed on %Ln unit(s); %1% of them were kept.</source>
        <translation>
            <numerusform>Sizer&apos;s advice was followed on %Ln unit; %1% of it was kept.</numerusform>
            <numerusform>Sizer&apos;s advice was followed on %Ln units; %1% of them were kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of %Ln order(s), %1 came back too small (%2%), %3 too large (%4%) and %5 for other reasons.</source>
        <translation>
            <numerusform>Of %Ln order, %1 came back too small (%2%), %3 too large (%4%) and %5 for other reasons.</numerusform>
            <numerusform>Of %Ln orders, %1 came back too small (%2%), %3 too large (%4%) and %5 for other reasons.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more were bought together with another size (bracketing) and are counted apart.</source>
        <translation>
            <numerusform>%Ln more was bought together with another size (bracketing) and is counted apart.</numerusform>
            <numerusform>%Ln more were bought together with another size (bracketing) and are counted apart.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not enough data yet for size %1: about %Ln more order(s) would settle it.</source>
        <translation>
            <numerusform>Not enough data yet for size %1: %Ln more order would settle it.</numerusform>
            <numerusform>Not enough data yet for size %1: about %Ln more orders would settle it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) written to %1; Undo puts the catalogue back.</source>
        <translation>
            <numerusform>%Ln change written to %1; Undo puts the catalogue back.</numerusform>
            <numerusform>%Ln changes written to %1; Undo puts the catalogue back.</numerusform>
        </translation>
    </message>
</context>
</TS>
