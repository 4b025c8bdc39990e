# Fails when a translation file has messages left unfinished (cmake -DTS_FILES=a.ts;b.ts -P).
foreach(ts ${TS_FILES})
    file(READ ${ts} content)
    string(REGEX MATCHALL "<source>[^<]*</source>[ \n\t]*<translation type=\"unfinished\"" missing
           "${content}")
    list(LENGTH missing count)
    if(count GREATER 0)
        list(GET missing 0 first)
        message(FATAL_ERROR "${ts}: ${count} message(s) not translated, e.g. ${first}")
    endif()
endforeach()
message(STATUS "Every message of ${TS_FILES} is translated")
