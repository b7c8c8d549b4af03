package com.bakery.gateway.assistant;

/** {@code question}: what staff ask; or {@code confirm}: the id of a write the assistant proposed. */
public record AskRequest(String question, String confirm) {
}
