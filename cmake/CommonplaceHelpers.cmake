# SPDX-License-Identifier: GPL-3.0-or-later
# Shared build settings and helper functions.

# Warnings for every target of ours.
function(commonplace_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local>
                                             -Wnon-virtual-dtor -Wno-missing-field-initializers)
    if(COMMONPLACE_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    if(COMMONPLACE_SANITIZE)
        target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer)
        target_link_options(${target} PRIVATE -fsanitize=address,undefined)
    endif()
endfunction()

# commonplace_embed(TARGET_SOURCE_VAR NAME FILE): turns FILE into a C++ source defining
# `std::string_view commonplace::resources::NAME()`, regenerated when FILE changes.
function(commonplace_embed out_var name file)
    set(out ${CMAKE_CURRENT_BINARY_DIR}/embedded/${name}.cpp)
    add_custom_command(
        OUTPUT ${out}
        COMMAND ${CMAKE_COMMAND} -DINPUT=${file} -DOUTPUT=${out} -DNAME=${name}
                -P ${PROJECT_SOURCE_DIR}/cmake/Embed.cmake
        DEPENDS ${file} ${PROJECT_SOURCE_DIR}/cmake/Embed.cmake
        COMMENT "Embedding ${name}"
        VERBATIM)
    set(${out_var} ${${out_var}} ${out} PARENT_SCOPE)
endfunction()
