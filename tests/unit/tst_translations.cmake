# Fails when a translation file is out of date: a message lupdate finds in
# the sources that the .ts file lacks or leaves untranslated, or an entry the
# sources no longer contain. Each .ts file is copied to WORK_DIR and lupdate
# runs on the copy, so the checked-in files stay untouched.
#
# cmake -DLUPDATE=… -DSOURCES_LIST=file -DTS_DIR=dir -DWORK_DIR=dir -P tst_translations.cmake
#   SOURCES_LIST  file naming one source file per line, the same sources
#                 that qt_add_translations scans for update_translations
#   TS_DIR        folder holding the fanout_<language>.ts files

foreach(variable LUPDATE SOURCES_LIST TS_DIR WORK_DIR)
    if(NOT DEFINED ${variable})
        message(FATAL_ERROR "tst_translations: -D${variable}=… is missing")
    endif()
endforeach()

file(GLOB ts_files "${TS_DIR}/*.ts")
if(NOT ts_files)
    message(FATAL_ERROR "tst_translations: no .ts files in ${TS_DIR}")
endif()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")

# Control characters, which a .ts file never contains, stand in for the
# characters that CMake's list splitting treats specially.
string(ASCII 1 semicolon)
string(ASCII 2 left_bracket)
string(ASCII 3 right_bracket)

set(failures 0)
foreach(ts_file IN LISTS ts_files)
    get_filename_component(ts_name "${ts_file}" NAME)
    set(copy "${WORK_DIR}/${ts_name}")
    file(COPY_FILE "${ts_file}" "${copy}")

    # Without -no-obsolete, so entries the sources dropped stay as vanished.
    execute_process(
        COMMAND "${LUPDATE}" "@${SOURCES_LIST}" -ts "${copy}"
        RESULT_VARIABLE exit_code
        OUTPUT_VARIABLE lupdate_output
        ERROR_VARIABLE lupdate_output)
    if(NOT exit_code EQUAL 0)
        message(FATAL_ERROR "tst_translations: lupdate failed on ${ts_name} (exit ${exit_code}):\n${lupdate_output}")
    endif()

    # One list element per message. Semicolons and square brackets would
    # change how CMake splits the list, so they are replaced first.
    file(READ "${copy}" content)
    string(REPLACE ";" "${semicolon}" content "${content}")
    string(REPLACE "[" "${left_bracket}" content "${content}")
    string(REPLACE "]" "${right_bracket}" content "${content}")
    string(REPLACE "</message>" ";" messages "${content}")
    list(POP_BACK messages) # the text after the last message
    list(LENGTH messages message_count)
    set(problems 0)
    foreach(message_xml IN LISTS messages)
        if(message_xml MATCHES "type=\"(unfinished|vanished|obsolete)\"")
            set(state "${CMAKE_MATCH_1}")
            string(REGEX MATCH "<source>([^<]*)" source "${message_xml}")
            set(source_text "${CMAKE_MATCH_1}")
            string(REPLACE "${semicolon}" ";" source_text "${source_text}")
            string(REPLACE "${left_bracket}" "[" source_text "${source_text}")
            string(REPLACE "${right_bracket}" "]" source_text "${source_text}")
            message("${ts_name}: ${state}: ${source_text}")
            math(EXPR problems "${problems} + 1")
        endif()
    endforeach()
    message("${ts_name}: ${message_count} messages, ${problems} unfinished, vanished or obsolete")
    if(problems GREATER 0)
        math(EXPR failures "${failures} + 1")
    endif()
endforeach()

if(failures GREATER 0)
    message(FATAL_ERROR
        "tst_translations: ${failures} .ts file(s) are out of date. Run "
        "`cmake --build build/dev --target update_translations`, translate the messages "
        "marked unfinished and remove the type=\"unfinished\" markers.")
endif()
