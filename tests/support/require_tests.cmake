# Fails the build when a test executable crashes while listing its tests, lists none, or names
# a test so that CTest cannot run it.
execute_process(COMMAND "${TEST_EXECUTABLE}" --list-test-names-only
    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
string(STRIP "${out}" out)
if(NOT rc MATCHES "^[0-9]+$")
    message(FATAL_ERROR "${TEST_EXECUTABLE} crashed while listing its tests (${rc}):\n${err}")
endif()
if(out STREQUAL "")
    message(FATAL_ERROR "${TEST_EXECUTABLE} lists no test cases:\n${err}")
endif()
# CTest cuts a discovered name at ';' and then runs a filter that matches nothing, which Catch
# reports as passed: such a test would never run.
string(FIND "${out}" ";" semicolon)
if(NOT semicolon EQUAL -1)
    string(REGEX MATCH "[^\n]*;[^\n]*" offending "${out}")
    message(FATAL_ERROR "${TEST_EXECUTABLE}: a test name holds ';', so CTest would never run it: ${offending}")
endif()
