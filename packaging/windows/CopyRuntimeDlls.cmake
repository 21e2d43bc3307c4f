# Run at install time on Windows, after Qt's deploy script: copies into bin/
# every DLL that soliloquy.exe and the deployed plugins load and that is
# neither part of Windows nor already there. SOLILOQUY_SEARCH_DIRS says where
# to look (Qt's, QCA's and the compiler's bin folders).
# Qt's deploy script honours DESTDIR the same way.
set(prefix "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}")
file(GLOB_RECURSE plugin_dlls "${prefix}/plugins/*.dll")
file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES "${prefix}/bin/soliloquy.exe"
    MODULES ${plugin_dlls}
    RESOLVED_DEPENDENCIES_VAR resolved
    UNRESOLVED_DEPENDENCIES_VAR unresolved
    DIRECTORIES ${SOLILOQUY_SEARCH_DIRS}
    PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-"
    POST_EXCLUDE_REGEXES ".*[/\\\\][Ww][Ii][Nn][Dd][Oo][Ww][Ss][/\\\\].*")
foreach(dll IN LISTS resolved)
    get_filename_component(name "${dll}" NAME)
    if(NOT EXISTS "${prefix}/bin/${name}")
        file(COPY "${dll}" DESTINATION "${prefix}/bin")
    endif()
endforeach()
if(unresolved)
    message(WARNING "DLLs not found for the installer: ${unresolved}")
endif()
