# Settings every project target shares: warnings, Qt keyword hygiene, sanitizers.

add_library(cxrfair_build_settings INTERFACE)
add_library(cxrfair::build_settings ALIAS cxrfair_build_settings)
# LibTorch uses `slots` as an identifier, so Qt's lowercase keywords are off everywhere.
target_compile_definitions(cxrfair_build_settings INTERFACE
    QT_NO_KEYWORDS
    CXRFAIR_VERSION="${PROJECT_VERSION}")
target_compile_options(cxrfair_build_settings INTERFACE -Wall -Wextra -Wpedantic)
if(CXRFAIR_SANITIZE)
    target_compile_options(cxrfair_build_settings INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(cxrfair_build_settings INTERFACE -fsanitize=address,undefined)
endif()
if(CXRFAIR_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "CXRFAIR_FUZZ needs clang (e.g. CXX=clang++-19): libFuzzer is clang's")
    endif()
    # Coverage for libFuzzer in every target; only the fuzz targets link its main().
    target_compile_options(cxrfair_build_settings INTERFACE -fsanitize=fuzzer-no-link
        -fno-sanitize-recover=undefined)
    target_link_options(cxrfair_build_settings INTERFACE -fsanitize=fuzzer-no-link)
endif()

# cxrfair_add_test(NAME SOURCES ... LIBRARIES ...): one Qt Test executable registered with ctest.
function(cxrfair_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBRARIES" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test cxrfair::build_settings ${ARG_LIBRARIES})
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;CXRFAIR_SHARED_DIR=${PROJECT_SOURCE_DIR}/../shared;CXRFAIR_CLI=$<TARGET_FILE:cxrfair-cli>")
endfunction()
