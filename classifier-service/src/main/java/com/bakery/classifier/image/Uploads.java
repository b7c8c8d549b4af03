package com.bakery.classifier.image;

import com.bakery.common.problem.ProblemException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The bytes of a multipart file field, or a 400 naming the field when it is missing. */
public final class Uploads {

    private Uploads() {
    }

    public static byte[] bytes(String field, FileUpload upload) {
        if (upload == null || upload.uploadedFile() == null) {
            throw ProblemException.invalid(field, "is required (a file in a multipart/form-data body)");
        }
        try {
            return Files.readAllBytes(upload.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
