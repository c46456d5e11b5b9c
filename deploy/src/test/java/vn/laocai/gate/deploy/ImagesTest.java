package vn.laocai.gate.deploy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Every application the manifests deploy runs the image its module builds with {@code -Pimages}. */
class ImagesTest {

    private static final Pattern IMAGES_PROFILE = Pattern.compile(
            "<profile>\\s*(?:<!--.*?-->\\s*)?<id>images</id>.*?</profile>", Pattern.DOTALL);

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("vn.laocai.gate.deploy.Overlays#deployedApps")
    void deployedImageIsTheOneTheModuleBuilds(String overlay, String appName) {
        ServiceModule app = ServiceModule.named(appName);
        Matcher profile = IMAGES_PROFILE.matcher(ServiceModule.read(app.directory().resolve("pom.xml")));
        assertThat(profile.find()).as("%s/pom.xml has an images profile", app.directory().getFileName()).isTrue();
        assertThat(profile.group()).contains("<artifactId>quarkus-container-image-jib</artifactId>")
                .contains("<quarkus.container-image.group>kim-thanh-gate</quarkus.container-image.group>");

        String image = (String) Overlays.container(Overlays.render(overlay), appName).get("image");
        assertThat(image).as("Quarkus names the image <group>/<artifactId>")
                .matches("([^/]+/)?kim-thanh-gate/" + app.directory().getFileName() + ":[^:/]+");
    }
}
