<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>%n minute left</numerusform>
            <numerusform>%n minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left in this call</source>
        <translation>
            <numerusform>%n minute left in this call</numerusform>
            <numerusform>%n minutes left in this call</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They have not joined after %n minute(s)</source>
        <translation>
            <numerusform>They have not joined after %n minute</numerusform>
            <numerusform>They have not joined after %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) in config.toml could not be used…</source>
        <translation>
            <numerusform>%n setting in config.toml could not be used…</numerusform>
            <numerusform>%n settings in config.toml could not be used…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>synced %n min ago</source>
        <translation>
            <numerusform>synced %n min ago</numerusform>
            <numerusform>synced %n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>synced %n h ago</source>
        <translation>
            <numerusform>synced %n h ago</numerusform>
            <numerusform>synced %n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>synced %n day(s) ago</source>
        <translation>
            <numerusform>synced %n day ago</numerusform>
            <numerusform>synced %n days ago</numerusform>
        </translation>
    </message>
</context>
</TS>