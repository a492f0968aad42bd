package dev.configunit.image;

import static org.assertj.core.api.Assertions.assertThat;

import dev.configunit.cli.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An image scan's JUnit XML: one test class per credential file in the image, even when several sit in one archive
 * or one path was added by two layers.
 */
class ImageReportsTests {

    @TempDir
    Path work;

    @Test
    void everyCredentialFileOfAnImageIsItsOwnTestClass() throws Exception {
        Path archive = TestImage.create()
                .layer("COPY root", l -> l.dir("root/", 0700, 0)
                        .file("root/.docker/config.json", "{\"auths\": {\"docker.io\": {}}}", 0600, 0))
                .layer("COPY ci", l -> l.file("home/ci/.docker/config.json", "{\"auths\": {}}", 0600, 1000))
                .layer("COPY root again", l -> l.file("root/.docker/config.json", "{\"auths\": {}}", 0600, 0))
                .writeDockerArchive(work.resolve("image.tar"), TestImage.DockerShape.DOCKER_25);
        Path junit = work.resolve("TEST-image.xml");

        Main.run("scan", "--image", archive.toString(), "--junit", junit.toString(), "--fail-on", "none");

        String xml = Files.readString(junit);
        Set<String> classes = new HashSet<>();
        Matcher m = Pattern.compile("classname=\"([^\"]*)\"").matcher(xml);
        while (m.find()) {
            classes.add(m.group(1));
        }
        assertThat(classes).filteredOn(c -> c.contains("!/root/.docker/config.json")).hasSize(2);
        assertThat(classes).filteredOn(c -> c.contains("!/home/ci/.docker/config.json")).hasSize(1);
    }
}
