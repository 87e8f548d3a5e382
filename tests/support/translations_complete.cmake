# Fails when a translation file still has entries without a translation (lupdate marks them
# type="unfinished"), naming the file, the count and the first source texts.
# Usage: cmake -D TS_FILES="a.ts;b.ts" -P translations_complete.cmake
set(failed FALSE)
foreach(ts IN LISTS TS_FILES)
    file(READ "${ts}" content)
    string(REPLACE ";" "," content "${content}") # entities such as &amp; would split the list
    string(REGEX MATCHALL "<source>[^<]*</source>[ \t\r\n]*(<comment>[^<]*</comment>[ \t\r\n]*)?<translation type=\"unfinished\"" open "${content}")
    list(LENGTH open count)
    if(count GREATER 0)
        set(failed TRUE)
        list(SUBLIST open 0 5 first)
        string(REGEX REPLACE "<translation type=\"unfinished\"|<source>|</source>[ \t\r\n]*" "" first "${first}")
        message(SEND_ERROR "${ts}: ${count} source text(s) without a translation, e.g.: ${first}")
    endif()
endforeach()
if(failed)
    message(FATAL_ERROR "Fill the translations (Qt Linguist or the .ts file) and run the update_translations target.")
endif()
message(STATUS "every source text is translated in: ${TS_FILES}")
