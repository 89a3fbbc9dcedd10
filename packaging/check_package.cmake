# The package_contents test: builds the Debian package with cpack into a scratch folder
# and checks its file list (dpkg-deb -c) and its declared dependencies (dpkg-deb -f), and
# validates the desktop entry and the AppStream file with their own tools when present.
# cmake -DBUILD_DIR=build -DSOURCE_DIR=packaging -DAPP_ID=... -P check_package.cmake
set(out ${BUILD_DIR}/package-test)
file(REMOVE_RECURSE ${out})
file(MAKE_DIRECTORY ${out})
execute_process(COMMAND cpack -G DEB -B ${out} --config ${BUILD_DIR}/CPackConfig.cmake
                RESULT_VARIABLE rc OUTPUT_VARIABLE log ERROR_VARIABLE log)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cpack failed:\n${log}")
endif()
file(GLOB debs ${out}/scalelab_*.deb)
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one scalelab_*.deb in ${out}, found: ${debs}")
endif()
execute_process(COMMAND dpkg-deb -c ${debs} OUTPUT_VARIABLE files RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "dpkg-deb -c failed")
endif()
set(expected
    "./usr/bin/scalelab"
    "./usr/share/applications/${APP_ID}.desktop"
    "./usr/share/icons/hicolor/scalable/apps/${APP_ID}.svg"
    "./usr/share/icons/hicolor/16x16/apps/${APP_ID}.png"
    "./usr/share/icons/hicolor/48x48/apps/${APP_ID}.png"
    "./usr/share/icons/hicolor/512x512/apps/${APP_ID}.png"
    "./usr/share/mime/packages/scalelab.xml"
    "./usr/share/metainfo/${APP_ID}.metainfo.xml"
    "./usr/share/man/man1/scalelab.1"
    "./usr/share/scalelab/examples/04-load-balancer.yaml"
    "./usr/share/scalelab/docs/scenario-format.md")
foreach(path ${expected})
    string(FIND "${files}" " ${path}\n" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the package lacks ${path}; it holds:\n${files}")
    endif()
endforeach()
execute_process(COMMAND dpkg-deb -f ${debs} Package Version Architecture Depends
                OUTPUT_VARIABLE fields)
foreach(dep libqt6widgets6 libqt6svg6 libyaml-cpp libgif7 qt6-qpa-plugins)
    string(FIND "${fields}" "${dep}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "Depends lacks ${dep}:\n${fields}")
    endif()
endforeach()
# The man page's size: something more than a header (help2man had the program's help).
execute_process(COMMAND dpkg-deb --fsys-tarfile ${debs} COMMAND tar -xO ./usr/share/man/man1/scalelab.1
                OUTPUT_VARIABLE man)
foreach(text "scalelab record" ".SH COMMANDS" "scalelab help")
    string(FIND "${man}" "${text}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the man page lacks '${text}'")
    endif()
endforeach()

find_program(DESKTOP_VALIDATE desktop-file-validate)
if(DESKTOP_VALIDATE)
    execute_process(COMMAND ${DESKTOP_VALIDATE} ${SOURCE_DIR}/${APP_ID}.desktop
                    RESULT_VARIABLE rc OUTPUT_VARIABLE log ERROR_VARIABLE log)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "desktop-file-validate:\n${log}")
    endif()
endif()
find_program(APPSTREAMCLI appstreamcli)
if(APPSTREAMCLI)
    execute_process(COMMAND ${APPSTREAMCLI} validate --no-net
                            ${BUILD_DIR}/packaging/${APP_ID}.metainfo.xml
                    RESULT_VARIABLE rc OUTPUT_VARIABLE log ERROR_VARIABLE log)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "appstreamcli validate:\n${log}")
    endif()
endif()
message(STATUS "package ok: ${debs}\n${fields}")
