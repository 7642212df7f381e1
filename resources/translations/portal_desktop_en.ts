<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>App</name>
    <message numerus="yes">
        <location filename="../../desktop/app.py" line="+259"/>
        <source>%n change(s) not sent yet are kept on this computer and sent the next time you start Service Portal.</source>
        <translation>
            <numerusform>%n change not sent yet is kept on this computer and sent the next time you start Service Portal.</numerusform>
            <numerusform>%n changes not sent yet are kept on this computer and sent the next time you start Service Portal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarryOverOffer</name>
    <message numerus="yes">
        <location filename="../../desktop/shell/carry_over_offer.py" line="+48"/>
        <source>%n change(s) of yours that were never sent are kept in local data for another portal address ({places}).</source>
        <translation>
            <numerusform>%n change of yours that was never sent is kept in local data for another portal address ({places}).</numerusform>
            <numerusform>%n changes of yours that were never sent are kept in local data for another portal address ({places}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CasesBadge</name>
    <message numerus="yes">
        <location filename="../../desktop/views/cases/badge.py" line="+22"/>
        <source>%n to answer</source>
        <translation>
            <numerusform>%n to answer</numerusform>
            <numerusform>%n to answer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n open case(s)</source>
        <translation>
            <numerusform>%n open case</numerusform>
            <numerusform>%n open cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReadingsDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/views/readings/import_readings_dialog.py" line="+408"/>
        <source>{good} of %Ln row(s) can be queued;</source>
        <translation>
            <numerusform>{good} of %Ln row can be queued;</numerusform>
            <numerusform>{good} of %Ln rows can be queued;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln with errors will be skipped. Fix them in the file and import those rows again.</source>
        <translation>
            <numerusform>%Ln with errors will be skipped. Fix it in the file and import that row again.</numerusform>
            <numerusform>%Ln with errors will be skipped. Fix them in the file and import those rows again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>All %Ln row(s) can be queued.</source>
        <translation>
            <numerusform>The %Ln row can be queued.</numerusform>
            <numerusform>All %Ln rows can be queued.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Queueing %Ln reading(s)…</source>
        <translation>
            <numerusform>Queueing %Ln reading…</numerusform>
            <numerusform>Queueing %Ln readings…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln row(s) with errors will be skipped.</source>
        <translation>
            <numerusform>%Ln row has errors and will be skipped.</numerusform>
            <numerusform>%Ln rows have errors and will be skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Queue the other %Ln reading(s)?</source>
        <translation>
            <numerusform>Queue the other %Ln reading?</numerusform>
            <numerusform>Queue the other %Ln readings?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%Ln reading(s) queued; they are sent when you are online.</source>
        <translation>
            <numerusform>%Ln reading queued; it is sent when you are online.</numerusform>
            <numerusform>%Ln readings queued; they are sent when you are online.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln row(s) were not queued.</source>
        <translation>
            <numerusform>%Ln row was not queued.</numerusform>
            <numerusform>%Ln rows were not queued.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Queue %n reading(s)</source>
        <translation>
            <numerusform>Queue %n reading</numerusform>
            <numerusform>Queue %n readings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/shell/login_dialog.py" line="+211"/>
        <source>An e-mail address can be at most %Ln character(s).</source>
        <translation>
            <numerusform>An e-mail address can be at most %Ln character.</numerusform>
            <numerusform>An e-mail address can be at most %Ln characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+134"/>
        <source>Too many wrong passwords. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Too many wrong passwords. Wait %n second and try again.</numerusform>
            <numerusform>Too many wrong passwords. Wait %n seconds and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../desktop/shell/main_window.py" line="+365"/>
        <source>The portal rejected %n change(s)</source>
        <translation>
            <numerusform>The portal rejected %n change</numerusform>
            <numerusform>The portal rejected %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/shell/area_list.py" line="+117"/>
        <source>%n to answer</source>
        <translation>
            <numerusform>%n to answer</numerusform>
            <numerusform>%n to answer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/shell/main_window.py" line="+119"/>
        <source>%n change(s) have not reached the portal yet. They stay on this computer and are sent the next time you sign in as {email}.</source>
        <translation>
            <numerusform>%n change has not reached the portal yet. It stays on this computer and is sent the next time you sign in as {email}.</numerusform>
            <numerusform>%n changes have not reached the portal yet. They stay on this computer and are sent the next time you sign in as {email}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n change(s) rejected by the portal wait for you under Pending changes; they are kept too.</source>
        <translation>
            <numerusform>%n change rejected by the portal waits for you under Pending changes; it is kept too.</numerusform>
            <numerusform>%n changes rejected by the portal wait for you under Pending changes; they are kept too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeterRoundPage</name>
    <message numerus="yes">
        <location filename="../../desktop/views/readings/meter_round_page.py" line="+345"/>
        <source>The values typed for %Ln machine(s) cannot be saved as they are (see the Check column). Throw them away, or stay and fix them?</source>
        <translation>
            <numerusform>The values typed for %Ln machine cannot be saved as they are (see the Check column). Throw them away, or stay and fix them?</numerusform>
            <numerusform>The values typed for %Ln machines cannot be saved as they are (see the Check column). Throw them away, or stay and fix them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source>%Ln machine(s)</source>
        <translation>
            <numerusform>%Ln machine</numerusform>
            <numerusform>%Ln machines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Queue %n complete reading(s) (Ctrl+S); they are sent when you are online.</source>
        <translation>
            <numerusform>Queue %n complete reading (Ctrl+S); it is sent when you are online.</numerusform>
            <numerusform>Queue %n complete readings (Ctrl+S); they are sent when you are online.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>Your unsent values from {time} are back (%Ln machine(s)); they are not queued yet. Clear typed values… throws them away.</source>
        <translation>
            <numerusform>Your unsent values from {time} are back (%Ln machine); they are not queued yet. Clear typed values… throws them away.</numerusform>
            <numerusform>Your unsent values from {time} are back (%Ln machines); they are not queued yet. Clear typed values… throws them away.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%Ln reading(s) queued</source>
        <translation>
            <numerusform>%Ln reading queued</numerusform>
            <numerusform>%Ln readings queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln accepted by the portal</source>
        <translation>
            <numerusform>%Ln accepted by the portal</numerusform>
            <numerusform>%Ln accepted by the portal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln need(s) attention</source>
        <translation>
            <numerusform>%Ln needs attention</numerusform>
            <numerusform>%Ln need attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message numerus="yes">
        <location filename="../../desktop/shell/notifications.py" line="+191"/>
        <source>You no longer have access to %n machine(s)</source>
        <translation>
            <numerusform>You no longer have access to %n machine</numerusform>
            <numerusform>You no longer have access to %n machines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n unsent change(s) for them cannot be sent; see Pending changes.</source>
        <translation>
            <numerusform>%n unsent change for them cannot be sent; see Pending changes.</numerusform>
            <numerusform>%n unsent changes for them cannot be sent; see Pending changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n replies from the service desk</source>
        <translation>
            <numerusform>%n reply from the service desk</numerusform>
            <numerusform>%n replies from the service desk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n cases changed state</source>
        <translation>
            <numerusform>%n case changed state</numerusform>
            <numerusform>%n cases changed state</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The portal refused %n changes</source>
        <translation>
            <numerusform>The portal refused %n change</numerusform>
            <numerusform>The portal refused %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n updates from the service desk</source>
        <translation>
            <numerusform>%n update from the service desk</numerusform>
            <numerusform>%n updates from the service desk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/views/orders/order_dialog.py" line="+243"/>
        <source>Queue %n order(s)</source>
        <translation>
            <numerusform>Queue %n order</numerusform>
            <numerusform>Queue %n orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message numerus="yes">
        <location filename="../../desktop/views/orders/orders_page.py" line="+138"/>
        <source>%n order(s) queued; they are sent when you are online.</source>
        <translation>
            <numerusform>%n order queued; it is sent when you are online.</numerusform>
            <numerusform>%n orders queued; they are sent when you are online.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PendingBadge</name>
    <message numerus="yes">
        <location filename="../../desktop/views/pending/badge.py" line="+19"/>
        <source>%n rejected by the portal</source>
        <translation>
            <numerusform>%n rejected by the portal</numerusform>
            <numerusform>%n rejected by the portal</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PendingPage</name>
    <message numerus="yes">
        <location filename="../../desktop/views/pending/pending_page.py" line="+268"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n sent</source>
        <translation>
            <numerusform>%n sent</numerusform>
            <numerusform>%n sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductDetail</name>
    <message numerus="yes">
        <location filename="../../desktop/views/products/product_detail.py" line="+319"/>
        <source>%Ln open</source>
        <translation>
            <numerusform>%Ln open</numerusform>
            <numerusform>%Ln open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln in all</source>
        <translation>
            <numerusform>%Ln in all</numerusform>
            <numerusform>%Ln in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+81"/>
        <source>%Ln business hour(s)</source>
        <translation>
            <numerusform>%Ln business hour</numerusform>
            <numerusform>%Ln business hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The last %Ln day(s) of each billing period (next: {opens} – {closes})</source>
        <translation>
            <numerusform>The last %Ln day of each billing period (next: {opens} – {closes})</numerusform>
            <numerusform>The last %Ln days of each billing period (next: {opens} – {closes})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The last %Ln day(s) of each billing period (now: {opens} – {closes})</source>
        <translation>
            <numerusform>The last %Ln day of each billing period (now: {opens} – {closes})</numerusform>
            <numerusform>The last %Ln days of each billing period (now: {opens} – {closes})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message numerus="yes">
        <location filename="../../desktop/views/products/products_page.py" line="+162"/>
        <source>%n order(s) queued; see the Orders page.</source>
        <translation>
            <numerusform>%n order queued; see the Orders page.</numerusform>
            <numerusform>%n orders queued; see the Orders page.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+113"/>
        <source>%Ln machine(s)</source>
        <translation>
            <numerusform>%Ln machine</numerusform>
            <numerusform>%Ln machines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message numerus="yes">
        <location filename="../../desktop/views/reports/report_form.py" line="+172"/>
        <source>%n machine(s) chosen on the Products page</source>
        <translation>
            <numerusform>%n machine chosen on the Products page</numerusform>
            <numerusform>%n machines chosen on the Products page</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportOutput</name>
    <message numerus="yes">
        <location filename="../../desktop/views/reports/report_output.py" line="+78"/>
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>%n page sent to the printer.</numerusform>
            <numerusform>%n pages sent to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message numerus="yes">
        <location filename="../../desktop/views/reports/reports_page.py" line="+145"/>
        <source>%Ln row(s) in the report.</source>
        <translation>
            <numerusform>%Ln row in the report.</numerusform>
            <numerusform>%Ln rows in the report.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelfHelpPage</name>
    <message numerus="yes">
        <location filename="../../desktop/views/self_help/self_help_page.py" line="+142"/>
        <source>%n guide(s)</source>
        <translation>
            <numerusform>%n guide</numerusform>
            <numerusform>%n guides</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message numerus="yes">
        <location filename="../../desktop/shell/status_bar.py" line="+86"/>
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n rejected by the portal</source>
        <translation>
            <numerusform>%n rejected by the portal</numerusform>
            <numerusform>%n rejected by the portal</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VolumeChart</name>
    <message numerus="yes">
        <location filename="../../desktop/views/products/volume_chart.py" line="+99"/>
        <source>%Ln month(s) with a volume</source>
        <translation>
            <numerusform>%Ln month with a volume</numerusform>
            <numerusform>%Ln months with a volume</numerusform>
        </translation>
    </message>
</context>
</TS>
