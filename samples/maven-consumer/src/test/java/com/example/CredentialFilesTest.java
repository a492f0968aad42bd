package com.example;

import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * Checks every Docker and podman credential file under {@code src/test/resources} with ConfigUnit's rules.
 */
@Suite
@IncludeEngines("configunit")
@SelectDirectories("src/test/resources")
class CredentialFilesTest {
}
