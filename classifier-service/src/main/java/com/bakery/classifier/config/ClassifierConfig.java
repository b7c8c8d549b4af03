package com.bakery.classifier.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

@ConfigMapping(prefix = "classifier")
public interface ClassifierConfig {

    /** {@code MAX_UPLOAD_SIZE}: the largest image file accepted. */
    MemorySize maxUploadSize();

    /** Refuses images whose width × height exceeds this, before decoding them (decompression bombs). */
    @WithDefault("40000000")
    long maxPixels();

    /** Largest side an image is scaled down to before the local model looks at it. */
    @WithDefault("256")
    int inferenceSide();

    OpenAi openai();

    Demo demo();

    interface OpenAi {
        /** {@code OPENAI_API_KEY}; without it nothing calls out and the local model answers. */
        Optional<String> apiKey();

        @WithDefault("gpt-4o-mini")
        String model();

        /** How many labels, at most, the answer offers besides the best one. */
        @WithDefault("3")
        int alternatives();
    }

    interface Demo {
        /** Dev profile: train a first model for the demo tenants from the bundled fruit images. */
        @WithDefault("false")
        boolean enabled();

        @WithDefault("north,south")
        java.util.List<String> tenants();

        /** Styles under {@code /fruit/} used as the demo's training images (OpenMoji is left for trying it). */
        @WithDefault("google,twitter,fluent,fluent-flat,emojione,noto-v1,fxemoji")
        java.util.List<String> styles();
    }
}
