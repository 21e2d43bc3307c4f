# Fails when a translation in translations/ lacks a message of the sources or
# leaves one unfinished. Runs lupdate on a copy of each .ts file, so the files
# in the repository are never touched.
# Fix with: scripts/dev translations, then translate what is marked unfinished.
#
# cmake -DLUPDATE=... -DGENERATE_PROJECT=... -DPROJECT_DESCRIPTION=... -DWORK_DIR=...
#       "-DTS_FILES=a.ts;b.ts" "-DOPTIONS=..." [-DPLURALS_TS_FILE=en.ts -DLCONVERT=...]
#       -P check-translations.cmake
foreach(variable LUPDATE GENERATE_PROJECT PROJECT_DESCRIPTION WORK_DIR TS_FILES)
    if(NOT DEFINED ${variable} OR "${${variable}}" STREQUAL "")
        message(FATAL_ERROR "check-translations.cmake needs -D${variable}=...")
    endif()
endforeach()
if(NOT EXISTS "${PROJECT_DESCRIPTION}")
    message(FATAL_ERROR "${PROJECT_DESCRIPTION} is missing: configure the build first")
endif()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
execute_process(
    COMMAND "${CMAKE_COMMAND}" "-DIN_FILE=${PROJECT_DESCRIPTION}" "-DOUT_FILE=${WORK_DIR}/project.json"
            -P "${GENERATE_PROJECT}"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "could not describe the sources for lupdate")
endif()

set(failed FALSE)
foreach(ts_file IN LISTS TS_FILES PLURALS_TS_FILE)
    get_filename_component(name "${ts_file}" NAME)
    set(copy "${WORK_DIR}/${name}")
    configure_file("${ts_file}" "${copy}" COPYONLY)
    execute_process(
        COMMAND "${LUPDATE}" -project "${WORK_DIR}/project.json" ${OPTIONS} -ts "${copy}"
        RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${name}:\n${output}")
    endif()
    if(ts_file STREQUAL PLURALS_TS_FILE)
        # The sources' own language needs only its plural forms.
        execute_process(COMMAND "${LCONVERT}" -pluralonly -i "${copy}" -o "${copy}" RESULT_VARIABLE result)
        if(NOT result EQUAL 0)
            message(FATAL_ERROR "lconvert failed on ${name}")
        endif()
    endif()
    file(READ "${copy}" content)
    string(REGEX MATCHALL "<source>[^<]*</source>[^<]*(<[a-z]*comment>[^<]*</[a-z]*comment>[^<]*)*<translation type=\"unfinished\""
           unfinished "${content}")
    list(LENGTH unfinished count)
    if(count GREATER 0)
        set(failed TRUE)
        message("${name}: ${count} message(s) missing or unfinished:")
        foreach(entry IN LISTS unfinished)
            string(REGEX REPLACE "^<source>([^<]*)</source>.*" "\\1" source "${entry}")
            message("  ${source}")
        endforeach()
    else()
        message("${name}: every message of the sources is translated")
    endif()
endforeach()
if(failed)
    message(FATAL_ERROR "translations are incomplete: run `scripts/dev translations` and translate the "
                        "messages marked unfinished")
endif()
