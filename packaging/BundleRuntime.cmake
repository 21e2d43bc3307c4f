# Windows and macOS: the installed app carries its own Qt, QCA and libargon2.
#
# Qt's deploy script (windeployqt, macdeployqt) copies Qt and its plugins but
# not QCA's crypto plugins, which QCA loads at run time from a crypto/ folder
# under the Qt plugin paths. Without qca-ossl the app cannot encrypt and
# refuses to start, so the folder is copied here, before Qt's script runs.

# QCA's plugin folder: set SOLILOQUY_QCA_PLUGIN_DIR to override the search.
get_target_property(qca_location qca-qt6 LOCATION)
get_filename_component(qca_prefix "${qca_location}" DIRECTORY)
# A macOS framework lives in lib/qca-qt6.framework/Versions/2/: climb to lib/.
string(REGEX REPLACE "/qca-qt6\\.framework.*$" "" qca_prefix "${qca_prefix}")
get_filename_component(qca_prefix "${qca_prefix}" DIRECTORY)
find_path(SOLILOQUY_QCA_PLUGIN_DIR
    NAMES libqca-ossl.dylib qca-ossl.dll libqca-ossl.dll
    PATHS
        "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_PLUGINS}/crypto"
        "${qca_prefix}/lib/qt6/plugins/crypto"
        "${qca_prefix}/lib/qt/plugins/crypto"
        "${qca_prefix}/lib/qca-qt6/crypto"
        "${qca_prefix}/plugins/crypto"
        "${qca_prefix}/share/qt6/plugins/crypto"
    NO_DEFAULT_PATH
    DOC "The folder holding QCA's crypto plugins (qca-ossl)")
if(NOT SOLILOQUY_QCA_PLUGIN_DIR)
    message(FATAL_ERROR "QCA's qca-ossl plugin was not found; set SOLILOQUY_QCA_PLUGIN_DIR to its crypto/ folder")
endif()

if(APPLE)
    set(bundle_plugins "soliloquy.app/Contents/PlugIns")
    install(DIRECTORY "${SOLILOQUY_QCA_PLUGIN_DIR}/" DESTINATION "${bundle_plugins}/crypto"
        FILES_MATCHING PATTERN "*.dylib" PATTERN "*.so")
    # macdeployqt also copies what the plugin links (QCA, OpenSSL) into the
    # bundle and points the plugin at those copies.
    qt_generate_deploy_app_script(TARGET soliloquy OUTPUT_SCRIPT deploy_script
        NO_TRANSLATIONS
        DEPLOY_TOOL_OPTIONS "-executable=\${QT_DEPLOY_PREFIX}/${bundle_plugins}/crypto/libqca-ossl.dylib")
    install(SCRIPT "${deploy_script}")
else()
    # Qt's script writes a qt.conf that makes plugins/ under the install
    # prefix the plugin path, so QCA looks for plugins/crypto/ there.
    install(DIRECTORY "${SOLILOQUY_QCA_PLUGIN_DIR}/" DESTINATION plugins/crypto
        FILES_MATCHING PATTERN "*.dll")
    # The app does not link Qt Svg (the launch would pay for it), but its icon is an
    # SVG: -svg makes windeployqt copy Qt Svg and its icon engine all the same.
    # (macdeployqt copies every icon engine and what it links.)
    qt_generate_deploy_app_script(TARGET soliloquy OUTPUT_SCRIPT deploy_script NO_TRANSLATIONS
        DEPLOY_TOOL_OPTIONS -svg)
    install(SCRIPT "${deploy_script}")
    # windeployqt copies only Qt: the DLLs that the app and the crypto plugin
    # need besides Qt (QCA, libargon2, SQLite, OpenSSL, the compiler's runtime)
    # come from the toolchain's bin folder.
    get_filename_component(toolchain_bin "${CMAKE_CXX_COMPILER}" DIRECTORY)
    install(CODE "
        set(SOLILOQUY_SEARCH_DIRS \"${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}\" \"${qca_prefix}/bin\" \"${toolchain_bin}\")
        include(\"${CMAKE_CURRENT_SOURCE_DIR}/windows/CopyRuntimeDlls.cmake\")
    ")
endif()
