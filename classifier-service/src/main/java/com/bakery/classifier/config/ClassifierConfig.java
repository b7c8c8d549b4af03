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

    Decoding decoding();

    ImageQuota imageQuota();

    /**
     * Decoding is bounded by memory, not only by pixels: a small file can announce a picture whose pixels alone
     * would fill the heap. Large pictures are read subsampled (every n-th pixel of every n-th row), which is all
     * the local model and the checks need, and what would still not fit is refused before decoding.
     */
    interface Decoding {
        /** Longest side of a decoded picture: a larger one is read subsampled down to it. */
        @WithDefault("1024")
        int maxSide();

        /** Bytes one decoded picture may take; by default a sixteenth of the heap (-Xmx), whatever it is. */
        Optional<MemorySize> budget();

        /** Pictures decoded at once (each within the budget); others wait up to {@code max-wait}, then get a 503. */
        @WithDefault("2")
        int concurrency();

        @WithDefault("5s")
        java.time.Duration maxWait();
    }

    /** What one tenant may keep in stored images (each distinct photo once); over it, an upload is refused. */
    interface ImageQuota {
        @WithDefault("20000")
        long count();

        @WithDefault("2G")
        MemorySize bytes();
    }

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
