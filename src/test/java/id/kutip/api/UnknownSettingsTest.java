package id.kutip.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A {@code KUTIP_*} variable that sets nothing is reported; real settings and Kubernetes service links are not. */
class UnknownSettingsTest {

    @Test
    void everySettingHasItsEnvironmentName() {
        assertTrue(UnknownSettings.known().containsAll(List.of("KUTIP_MAX_TEXT_LENGTH", "KUTIP_DEFAULT_LANGUAGE",
                "KUTIP_BATCH_MAX_DOCUMENTS", "KUTIP_BATCH_MAX_TOTAL_LENGTH", "KUTIP_API_KEYS")), UnknownSettings.known()
                .toString());
    }

    @Test
    void typosAreReported() {
        Map<String, String> env = Map.of("KUTIP_MAX_TEXT_LENGHT", "100000", "KUTIP_MAX_TEXT_LENGTH", "100000",
                "KUTIP_BATCH_MAX_DOCUMENT", "5", "PATH", "/usr/bin", "KUTIP_PORT", "tcp://10.0.0.1:8080",
                "KUTIP_PORT_8080_TCP_ADDR", "10.0.0.1", "KUTIP_SERVICE_HOST", "10.0.0.1");
        assertEquals(List.of("KUTIP_BATCH_MAX_DOCUMENT", "KUTIP_MAX_TEXT_LENGHT"), UnknownSettings.unknown(env));
    }
}
