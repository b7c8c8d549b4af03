package com.bakery.simulators.infinitepay;

/** What the next calls to one provider path do instead of answering normally: wait, and/or fail with a status. */
record Fault(int status, long delayMs, int times) {
}
