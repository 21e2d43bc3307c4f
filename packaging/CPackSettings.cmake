# Installers made by CPack from what `cmake --install` puts into a prefix:
# .deb and .rpm on Linux, an NSIS setup program on Windows, a disk image on
# macOS. `scripts/dev package` writes them into dist/.
set(CPACK_PACKAGE_NAME soliloquy)
set(CPACK_PACKAGE_VENDOR "The Soliloquy authors")
set(CPACK_PACKAGE_CONTACT "The Soliloquy authors <maintainers@soliloquy.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Lines kept under 80 characters, as Debian's package descriptions want.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "Soliloquy is a journal you write like a chat with yourself: entries appear"
    "as chat posts with your avatar, your name and the time, and stay in one"
    "local SQLite file. Every post, draft and avatar is encrypted with"
    "AES-256-GCM under a key that only your password (Argon2id) or your"
    "recovery key unlocks.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY Soliloquy)
set(CPACK_PACKAGE_EXECUTABLES soliloquy Soliloquy)
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_DIRECTORY "${PROJECT_SOURCE_DIR}/dist")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build/" "/dist/" "/\\\\.git/")

if(UNIX AND NOT APPLE)
    set(CPACK_GENERATOR DEB RPM)
    set(CPACK_PACKAGING_INSTALL_PREFIX /usr)

    # Debian 13 package names. Qt's plugins are named too: the SQLite driver,
    # the X11/Wayland platforms (in libqt6gui6 and qt6-qpa-plugins) and the SVG
    # icon engine for the window icon; QCA's OpenSSL plugin does the encryption.
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION utils)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS OFF)
    set(qt ">= ${Qt6_VERSION}")
    string(JOIN ", " CPACK_DEBIAN_PACKAGE_DEPENDS
        "libc6"
        "libstdc++6"
        "libqt6core6t64 (${qt})"
        "libqt6concurrent6 (${qt})"
        "libqt6gui6 (${qt})"
        "libqt6network6 (${qt})"
        "libqt6widgets6 (${qt})"
        "libqt6sql6 (${qt})"
        "libqt6sql6-sqlite (${qt})"
        "libqt6svg6 (${qt})"
        "qt6-qpa-plugins (${qt})"
        "qt6-svg-plugins (${qt})"
        "qt6-image-formats-plugins (${qt})"
        "libqca-qt6-2 (>= ${Qca-qt6_VERSION})"
        "libqca-qt6-plugins (>= ${Qca-qt6_VERSION})"
        "libargon2-1"
        "libarchive13t64"
        "libmd4c-html0"
        "libfontconfig1"
        "libsqlite3-0")
    # Glyphs for Japanese, Chinese and Korean text and for emoji: a minimal system has none,
    # and posts in those scripts would show as boxes.
    # WebP pictures need Qt's image formats (above); HEIC and AVIF photos, as phones take them,
    # KDE's.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk, fonts-noto-color-emoji, kimageformat6-plugins")

    # Fedora's names. rpmbuild adds the libraries the binary links by soname;
    # the plugins, which nothing links, are named here.
    set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
    set(CPACK_RPM_PACKAGE_LICENSE GPL-3.0-or-later)
    set(CPACK_RPM_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
    set(CPACK_RPM_PACKAGE_GROUP Applications/Productivity)
    set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_RPM_PACKAGE_AUTOREQ ON)
    string(JOIN ", " CPACK_RPM_PACKAGE_REQUIRES
        "qt6-qtbase-gui >= 6.8"
        "qt6-qtsvg >= 6.8"
        "qca-qt6-ossl"
        "qt6-qtimageformats"
        "md4c")
    # CPack has no variable for weak dependencies other than Suggests; this line lands in the
    # spec's preamble, before its description.
    set(CPACK_RPM_SPEC_MORE_DEFINE "Recommends: google-noto-sans-cjk-fonts google-noto-color-emoji-fonts kf6-kimageformats")
    # Folders the distribution owns (hicolor-icon-theme and others) must not
    # be claimed by the package.
    set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
        /usr/share/applications /usr/share/metainfo /usr/share/icons /usr/share/icons/hicolor
        /usr/share/icons/hicolor/scalable /usr/share/icons/hicolor/scalable/apps)
    foreach(size 16 22 24 32 48 64 128 256 512)
        list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
            "/usr/share/icons/hicolor/${size}x${size}" "/usr/share/icons/hicolor/${size}x${size}/apps")
    endforeach()
elseif(WIN32)
    set(CPACK_GENERATOR NSIS)
    set(CPACK_NSIS_PACKAGE_NAME Soliloquy)
    set(CPACK_NSIS_DISPLAY_NAME Soliloquy)
    set(CPACK_NSIS_INSTALLED_ICON_NAME bin/soliloquy.exe)
    set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
    set(CPACK_NSIS_MUI_FINISHPAGE_RUN soliloquy.exe)
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_PACKAGE_FILE_NAME "Soliloquy-${PROJECT_VERSION}-windows-x64")
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME Soliloquy)
    set(CPACK_DMG_FORMAT UDZO)
    set(CPACK_PACKAGE_FILE_NAME "Soliloquy-${PROJECT_VERSION}-macos-${CMAKE_SYSTEM_PROCESSOR}")
endif()

include(CPack)
