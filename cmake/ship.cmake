# What `xxgk --version` says, what the build generates from the CLI (man page, completions),
# what `cmake --install` installs, and the Debian package (CPack, scripts/package).

# The commit, looked up at every build (cmake/commit.cmake rewrites the header only when it
# changes). -DXXGK_COMMIT=... for a build outside a git checkout.
set(XXGK_COMMIT "" CACHE STRING "Commit to report in --version when the source is no git checkout")
add_custom_target(xxgk_commit
  COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${CMAKE_SOURCE_DIR} -DCOMMIT=${XXGK_COMMIT}
          -DOUT=${CMAKE_BINARY_DIR}/generated/commit.hpp -P ${CMAKE_SOURCE_DIR}/cmake/commit.cmake
  BYPRODUCTS ${CMAKE_BINARY_DIR}/generated/commit.hpp
  COMMENT "" VERBATIM)
add_dependencies(xxgk xxgk_commit)
target_include_directories(xxgk PRIVATE ${CMAKE_BINARY_DIR}/generated)

# Optional parts: a branch that adds one defines option XXGK_<PART>; --version lists it.
foreach(part PDF XLSX)
  if(XXGK_${part})
    target_compile_definitions(xxgk PRIVATE XXGK_WITH_${part}=1)
  endif()
endforeach()

if(XXGK_FUZZ)
  return()  # the fuzz build makes no man page and installs nothing
endif()

# The man page and the completions, written by the binary from its own CLI (hidden
# `xxgk generate`), so they list exactly its subcommands, options, rules and formats.
set(XXGK_GENERATED_DOCS
  man ${CMAKE_BINARY_DIR}/xxgk.1
  bash ${CMAKE_BINARY_DIR}/completions/xxgk.bash
  zsh ${CMAKE_BINARY_DIR}/completions/_xxgk
  fish ${CMAKE_BINARY_DIR}/completions/xxgk.fish)
set(_outputs "")
while(XXGK_GENERATED_DOCS)
  list(POP_FRONT XXGK_GENERATED_DOCS _kind _file)
  add_custom_command(OUTPUT ${_file}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/completions
    # In English, as the man page has been so far (the descriptions follow --lang).
    COMMAND $<TARGET_FILE:xxgk> --lang en generate ${_kind} --output ${_file}
    DEPENDS xxgk VERBATIM)
  list(APPEND _outputs ${_file})
endwhile()
add_custom_target(xxgk_docs ALL DEPENDS ${_outputs})

include(GNUInstallDirs)
install(TARGETS xxgk RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
if(XXGK_PDF)
  # Where the loader looks, relative to the binary (cmake/pdf.cmake: XXGK_PDF_MODULE_DIR).
  install(TARGETS xxgk-pdf LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}/xxgk)
endif()
install(FILES ${CMAKE_BINARY_DIR}/xxgk.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${CMAKE_BINARY_DIR}/completions/xxgk.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME xxgk)
install(FILES ${CMAKE_BINARY_DIR}/completions/_xxgk DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
install(FILES ${CMAKE_BINARY_DIR}/completions/xxgk.fish DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)
install(DIRECTORY ${CMAKE_SOURCE_DIR}/schemas/ DESTINATION ${CMAKE_INSTALL_DATADIR}/xxgk/schemas
        FILES_MATCHING PATTERN "*.json")
install(DIRECTORY ${CMAKE_SOURCE_DIR}/docs/rules/ DESTINATION ${CMAKE_INSTALL_DOCDIR}/rules
        FILES_MATCHING PATTERN "*.md")
install(FILES ${CMAKE_SOURCE_DIR}/README.md ${CMAKE_SOURCE_DIR}/docs/ci.md
        ${CMAKE_SOURCE_DIR}/.pre-commit-hooks.yaml DESTINATION ${CMAKE_INSTALL_DOCDIR})
# Two samples, so an installed xxgk can be tried at once: one clean, one broken on purpose.
install(FILES ${CMAKE_SOURCE_DIR}/samples/clean-2021.txt ${CMAKE_SOURCE_DIR}/samples/broken-application-balance.txt
        DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples)
if(XXGK_PDF)
  install(FILES ${CMAKE_SOURCE_DIR}/samples/pdf/office-clean-2021.pdf DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples)
endif()

# Installing (and so cpack) does not build first: the package test packs the build it tests
# while other tests run its binary, which a rebuild (a new commit for --version) would replace.
# scripts/package builds, then packs.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME xxgk)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # xxgk_VERSION_ARCH.deb
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)   # Depends: from the libraries the binary links
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(XXGK_MAINTAINER "xxgk maintainers <xxgk@maintainers.invalid>" CACHE STRING "Maintainer field of the .deb")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${XXGK_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "checker for annual government-information-disclosure reports")
# The extended description, English then Chinese, as CPack puts it into the control file
# (the synopsis is the summary above; an empty line separates paragraphs).
set(CPACK_PACKAGE_DESCRIPTION "xxgk checks China's annual government-information-disclosure \
reports the way a compiler checks code: it reads a report as published (text, Markdown, Word \
HTML, DOCX), proves or refutes every arithmetic identity of the national template, and names \
each wrong cell with its line and the difference.

xxgk 检查政府信息公开工作年度报告：读取发布的报告，验证国家模板蕴含的每一个等式， \
像编译器一样指出哪一格错了、在第几行、差多少。")
include(CPack)
