# cmake -DSCALELAB=path/to/scalelab -DHELP2MAN=path -DSTATIC_INCLUDE=scalelab.h2m
#       -DOUTPUT=scalelab.1 -P man_page.cmake
# The man page is made from the program's own help: help2man reads `scalelab --help` and
# `--version`, and a COMMANDS section gets `scalelab help COMMAND` for every command the
# top-level help lists, so the page cannot disagree with the program.
set(ENV{LANG} C)
set(ENV{LC_ALL} C)
set(ENV{LANGUAGE} "")
execute_process(COMMAND ${SCALELAB} --help OUTPUT_VARIABLE top RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "scalelab --help failed: ${rc}")
endif()
# The usage lines: "usage: scalelab [FILE.yaml]", then "       scalelab run FILE.yaml ...".
string(REPLACE ";" "," top "${top}")
string(REPLACE "\n" ";" lines "${top}")
set(commands "")
foreach(line ${lines})
    if(line MATCHES "^(usage: )?[ ]*scalelab ([a-z][a-z-]+)( |$)")
        list(APPEND commands ${CMAKE_MATCH_2})
    endif()
endforeach()
list(REMOVE_DUPLICATES commands)

set(include "[COMMANDS]\n")
foreach(cmd ${commands})
    execute_process(COMMAND ${SCALELAB} help ${cmd} OUTPUT_VARIABLE text RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "scalelab help ${cmd} failed: ${rc}")
    endif()
    # roff: a backslash is \e; a line may not start with a dot or a quote.
    string(REPLACE "\\" "\\e" text "${text}")
    string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
    string(APPEND include ".SS ${cmd}\n.nf\n${text}.fi\n")
endforeach()
get_filename_component(dir ${OUTPUT} DIRECTORY)
file(WRITE ${dir}/commands.h2m "${include}")

execute_process(
    COMMAND ${HELP2MAN} --no-info --no-discard-stderr --section=1
            --include=${STATIC_INCLUDE} --include=${dir}/commands.h2m
            --output=${OUTPUT} ${SCALELAB}
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "help2man failed: ${rc}")
endif()
