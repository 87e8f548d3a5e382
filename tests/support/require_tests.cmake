# Fails the build when a test executable crashes while listing its tests or lists none.
execute_process(COMMAND "${TEST_EXECUTABLE}" --list-test-names-only
    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
string(STRIP "${out}" out)
if(NOT rc MATCHES "^[0-9]+$")
    message(FATAL_ERROR "${TEST_EXECUTABLE} crashed while listing its tests (${rc}):\n${err}")
endif()
if(out STREQUAL "")
    message(FATAL_ERROR "${TEST_EXECUTABLE} lists no test cases:\n${err}")
endif()
