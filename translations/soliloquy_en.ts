<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountService</name>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed attempts. Try again in %n second.</numerusform>
            <numerusform>Too many failed attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message numerus="yes">
        <source>You wrote %n post(s) on this day in earlier years (%1).</source>
        <translation>
            <numerusform>You wrote one post on this day in earlier years (%1).</numerusform>
            <numerusform>You wrote %n posts on this day in earlier years (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComposerController</name>
    <message numerus="yes">
        <source>%1 was not added: a post holds at most %n picture(s).</source>
        <translation>
            <numerusform>%1 was not added: a post holds at most %n picture.</numerusform>
            <numerusform>%1 was not added: a post holds at most %n pictures.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoToDateDialog</name>
    <message numerus="yes">
        <source>Posts on %n day(s) this month (underlined).</source>
        <translation>
            <numerusform>Posts on %n day this month (underlined).</numerusform>
            <numerusform>Posts on %n days this month (underlined).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n post(s) tagged #%1</source>
        <translation>
            <numerusform>%n post tagged #%1</numerusform>
            <numerusform>%n posts tagged #%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On this day: %n post(s) from earlier years</source>
        <translation>
            <numerusform>On this day: %n post from earlier years</numerusform>
            <numerusform>On this day: %n posts from earlier years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n post(s) to %1.</source>
        <translation>
            <numerusform>Exported %n post to %1.</numerusform>
            <numerusform>Exported %n posts to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln post(s) found</source>
        <translation>
            <numerusform>%Ln post found</numerusform>
            <numerusform>%Ln posts found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) of this journal are damaged and cannot be read.</source>
        <translation>
            <numerusform>%n post of this journal is damaged and cannot be read.</numerusform>
            <numerusform>%n posts of this journal are damaged and cannot be read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) are missing: they were removed outside Soliloquy.</source>
        <translation>
            <numerusform>%n post is missing: it was removed outside Soliloquy.</numerusform>
            <numerusform>%n posts are missing: they were removed outside Soliloquy.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PictureGallery</name>
    <message numerus="yes">
        <source>%Ln picture(s), newest first. Enter or a click shows the post.</source>
        <translation>
            <numerusform>%Ln picture, newest first. Enter or a click shows the post.</numerusform>
            <numerusform>%Ln pictures, newest first. Enter or a click shows the post.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostListModel</name>
    <message numerus="yes">
        <source>%1 (%n picture(s))</source>
        <translation>
            <numerusform>%1 (%n picture)</numerusform>
            <numerusform>%1 (%n pictures)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileCard</name>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation>
            <numerusform>%n picture</numerusform>
            <numerusform>%n pictures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message numerus="yes">
        <source>Synced at %1; %n file(s) could not be applied.</source>
        <translation>
            <numerusform>Synced at %1; %n file could not be applied.</numerusform>
            <numerusform>Synced at %1; %n files could not be applied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced at %1; %n file(s) still arriving.</source>
        <translation>
            <numerusform>Synced at %1; %n file still arriving.</numerusform>
            <numerusform>Synced at %1; %n files still arriving.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncRound</name>
    <message numerus="yes">
        <source>%n change(s) in %1 met rows changed here and were left out.</source>
        <translation>
            <numerusform>%n change in %1 met rows changed here and was left out.</numerusform>
            <numerusform>%n changes in %1 met rows changed here and were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The changes of %n file(s) could not be stored: %1</source>
        <translation>
            <numerusform>The changes of %n file could not be stored: %1</numerusform>
            <numerusform>The changes of %n files could not be stored: %1</numerusform>
        </translation>
    </message>
</context>
</TS>
