# The PDF reader as a module (issue 19, start-up): poppler and the geometry behind it are built
# as xxgk-pdf.so, which xxgk opens with dlopen on the first PDF (src/readers/pdf/module.hpp,
# load.cpp), so that checking a text, HTML or .docx report does not load poppler's twenty
# libraries. The module is the GPL part of a build with PDF support. The test binary and the
# fuzz targets link the same objects (xxgk_pdf_reader) instead of loading the module.
# Included from CMakeLists.txt once libxxgk and xxgk exist, with or without XXGK_PDF.
include(GNUInstallDirs)

# Every file of src/readers/pdf/ but what libxxgk keeps (CMakeLists.txt): the format's entry,
# the loader, the stand-in of a build without PDF.
set(_pdf ${CMAKE_SOURCE_DIR}/src/readers/pdf)
file(GLOB _sources CONFIGURE_DEPENDS ${_pdf}/*.cpp)
list(REMOVE_ITEM _sources ${_pdf}/format.cpp ${_pdf}/load.cpp ${_pdf}/disabled.cpp)
if(NOT XXGK_PDF)
  # Built without PDF: no module; the geometry alone (no poppler in it) for its tests.
  list(REMOVE_ITEM _sources ${_pdf}/reader.cpp ${_pdf}/render.cpp ${_pdf}/entry.cpp)
  add_library(xxgk_pdf_reader OBJECT ${_sources})
  target_include_directories(xxgk_pdf_reader PRIVATE ${CMAKE_SOURCE_DIR}/include ${CMAKE_SOURCE_DIR}/src)
  return()
endif()
add_library(xxgk_pdf_reader OBJECT ${_sources})
target_include_directories(xxgk_pdf_reader PRIVATE ${CMAKE_SOURCE_DIR}/include ${CMAKE_SOURCE_DIR}/src)
target_link_libraries(xxgk_pdf_reader PUBLIC fmt::fmt PkgConfig::POPPLER_CPP PkgConfig::POPPLER)
set_target_properties(xxgk_pdf_reader PROPERTIES POSITION_INDEPENDENT_CODE ON
                      CXX_VISIBILITY_PRESET hidden VISIBILITY_INLINES_HIDDEN ON)

# The module passes C++ objects to the program (module.hpp): it refuses to be loaded by a
# program built from other headers than its own, by this tag of the version and the headers
# whose types cross.
set(_interface "")
foreach(_header include/xxgk/document.hpp include/xxgk/error.hpp include/xxgk/readers.hpp
                include/xxgk/source.hpp src/readers/pdf/module.hpp)
  file(SHA256 ${CMAKE_SOURCE_DIR}/${_header} _sha)
  string(APPEND _interface ${_sha})
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/${_header})
endforeach()
string(SHA256 _interface "${_interface}")
string(SUBSTRING ${_interface} 0 12 _interface)
set(XXGK_PDF_INTERFACE "${PROJECT_VERSION}-${_interface}")
target_compile_definitions(xxgk_pdf_reader PRIVATE XXGK_PDF_INTERFACE="${XXGK_PDF_INTERFACE}")

add_library(xxgk-pdf MODULE)
target_link_libraries(xxgk-pdf PRIVATE xxgk_pdf_reader)
# Next to build/xxgk, where load.cpp looks first.
set_target_properties(xxgk-pdf PROPERTIES PREFIX "" LIBRARY_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}
                      LINK_DEPENDS ${_pdf}/module.map)
target_link_options(xxgk-pdf PRIVATE -Wl,--version-script=${_pdf}/module.map)
if(NOT XXGK_SANITIZE AND NOT XXGK_FUZZ)
  # A symbol the module lacks is a link error, not a dlopen error at the first PDF (with the
  # sanitizers, their runtime's symbols come from the program).
  target_link_options(xxgk-pdf PRIVATE -Wl,--no-undefined)
endif()
add_dependencies(xxgk xxgk-pdf)  # building xxgk builds what it loads

# Where the loader looks in the install layout: the path from the binary's folder to the
# folder cmake/ship.cmake installs the module into.
file(RELATIVE_PATH XXGK_PDF_MODULE_DIR ${CMAKE_INSTALL_FULL_BINDIR} ${CMAKE_INSTALL_FULL_LIBDIR}/xxgk)
set_source_files_properties(${_pdf}/load.cpp PROPERTIES COMPILE_DEFINITIONS
  "XXGK_PDF_INTERFACE=\"${XXGK_PDF_INTERFACE}\";XXGK_PDF_MODULE_DIR=\"${XXGK_PDF_MODULE_DIR}\"")
