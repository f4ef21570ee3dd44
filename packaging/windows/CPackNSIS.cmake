# The Windows installer of Dialog Civic: CPack's NSIS generator (and a ZIP of the same tree),
# included by packaging/CMakeLists.txt when WIN32. Not built on the Debian machines; see
# README.md beside this file for the build, windeployqt and the list of every runtime piece.
#
#   cmake -S . -B build/win -G "Visual Studio 17 2022" -A x64 ^
#         -DCMAKE_TOOLCHAIN_FILE=%VCPKG_ROOT%/scripts/buildsystems/vcpkg.cmake ^
#         -DCMAKE_PREFIX_PATH=C:/Qt/6.5.3/msvc2019_64 -DDIALOGCIVIC_BUILD_TESTS=OFF
#   cmake --build build/win --config Release
#   cd build/win && cpack -C Release      -> dialogcivic-<version>-win64.exe and .zip

# 1. Qt: windeployqt, run by Qt's deployment script at install time, copies the Qt DLLs the
#    program links (Qt6Core, Qt6Gui, Qt6Widgets, Qt6Sql, Qt6Charts, Qt6PrintSupport, Qt6Svg,
#    Qt6OpenGL and Qt6OpenGLWidgets that Qt Charts pulls in), the plugins (platforms/qwindows.dll,
#    sqldrivers/, printsupport/windowsprintersupport.dll, styles/qwindowsvistastyle.dll,
#    imageformats/, iconengines/qsvgicon.dll, tls/ not needed), Qt's own translations (qt_*.qm,
#    qtbase_*.qm) and D3Dcompiler_47.dll / opengl32sw.dll for software OpenGL.
#    Our own .qm files are compiled into the program (:/i18n): nothing to copy for them.
#    sqldrivers/qsqlite.dll must be rebuilt against vcpkg's sqlite3.dll (see README.md): the
#    program calls SQLite on the handle of Qt's connection.
if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
    qt_generate_deploy_app_script(TARGET dialogcivic OUTPUT_SCRIPT qt_deploy_script
                                  NO_UNSUPPORTED_PLATFORM_ERROR)
else()
    qt_generate_deploy_app_script(TARGET dialogcivic FILENAME_VARIABLE qt_deploy_script
                                  NO_UNSUPPORTED_PLATFORM_ERROR)
endif()
install(SCRIPT ${qt_deploy_script})

# 2. The libraries that are not Qt's, built by vcpkg (libxlsxwriter, minizip, zlib, sqlite3;
#    libpq with its libssl/libcrypto when the PostgreSQL driver is deployed): windeployqt does not
#    copy them, so the installer asks the linker's view of the program which DLLs it needs and
#    copies those found beside the vcpkg libraries, leaving out Windows' own.
set(vcpkg_bin_dirs)
foreach(lib ${XLSXWRITER_LINK_LIBRARIES} ${MINIZIP_LINK_LIBRARIES} ${SQLITE3_LINK_LIBRARIES})
    get_filename_component(lib_dir ${lib} DIRECTORY)
    list(APPEND vcpkg_bin_dirs ${lib_dir}/../bin)
endforeach()
list(REMOVE_DUPLICATES vcpkg_bin_dirs)
install(CODE "set(dialogcivic_dll_dirs \"${vcpkg_bin_dirs}\")")
install(CODE [[
    file(GET_RUNTIME_DEPENDENCIES
        EXECUTABLES "$<TARGET_FILE:dialogcivic>"
        RESOLVED_DEPENDENCIES_VAR resolved
        UNRESOLVED_DEPENDENCIES_VAR unresolved
        DIRECTORIES ${dialogcivic_dll_dirs}
        PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-" "^[Qq]t6" "^(vcruntime|msvcp|concrt)"
        POST_EXCLUDE_REGEXES ".*[Ss]ystem32/.*")
    foreach(dll IN LISTS resolved)
        file(INSTALL "${dll}" DESTINATION "${CMAKE_INSTALL_PREFIX}/bin")
    endforeach()
    foreach(dll IN LISTS unresolved)
        message(WARNING "Dialog Civic needs ${dll}, which was not found: the installer lacks it")
    endforeach()
]])

# 3. The Microsoft C++ runtime (msvcp140.dll, vcruntime140.dll, vcruntime140_1.dll) beside the
#    program, so that no separate Visual C++ Redistributable is needed.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
set(CMAKE_INSTALL_UCRT_LIBRARIES ON)
include(InstallRequiredSystemLibraries)

# 4. Fonts: the charts and PDF documents ask for DejaVu Sans, which Windows lacks; Qt then falls
#    back to a Windows font (Segoe UI, Arial), which has ș ț ă î â, so the text is right but looks
#    different from Debian. To ship DejaVu, put DejaVuSans*.ttf into packaging/windows/fonts/
#    before running cpack: they are installed under bin/fonts (the program does not load them by
#    itself yet: that needs QFontDatabase::addApplicationFont at start, see README.md).
if(EXISTS ${CMAKE_CURRENT_LIST_DIR}/fonts)
    install(DIRECTORY ${CMAKE_CURRENT_LIST_DIR}/fonts/ DESTINATION bin/fonts FILES_MATCHING PATTERN "*.ttf")
endif()

set(CPACK_GENERATOR NSIS ZIP)
set(CPACK_PACKAGE_FILE_NAME "dialogcivic-${PROJECT_VERSION}-win64")
set(CPACK_PACKAGE_EXECUTABLES dialogcivic "Dialog Civic")
set(CPACK_CREATE_DESKTOP_LINKS dialogcivic)
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_CURRENT_LIST_DIR}/../debian/copyright)
set(CPACK_NSIS_DISPLAY_NAME "Dialog Civic ${PROJECT_VERSION}")
set(CPACK_NSIS_PACKAGE_NAME "Dialog Civic")
set(CPACK_NSIS_MUI_ICON ${CMAKE_CURRENT_LIST_DIR}/dialogcivic.ico)
set(CPACK_NSIS_MUI_UNIICON ${CMAKE_CURRENT_LIST_DIR}/dialogcivic.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\\\dialogcivic.exe)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_NSIS_URL_INFO_ABOUT ${PROJECT_HOMEPAGE_URL})
set(CPACK_NSIS_CONTACT "dev@dialogcivic.invalid")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
# The headless commands are run from a console: offer to put bin on the PATH.
set(CPACK_NSIS_MODIFY_PATH ON)
