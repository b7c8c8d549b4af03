package com.bakery.simulators;

import com.bakery.simulators.infinitepay.InfinitePaySimulator;

/**
 * Runs the InfinitePay simulator as a process: {@code java -jar provider-simulators.jar [port]} (default 8090), on
 * 127.0.0.1, or on the address {@code INFINITY_PAY_SIMULATOR_HOST} names (0.0.0.0 in a container, so the suite's
 * other containers reach it).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int port = args.length > 0 ? Integer.parseInt(args[0])
                : Integer.parseInt(System.getenv().getOrDefault("INFINITY_PAY_SIMULATOR_PORT", "8090"));
        InfinitePaySimulator simulator = new InfinitePaySimulator();
        String url = simulator.start(port, System.getenv().getOrDefault("INFINITY_PAY_SIMULATOR_HOST", "127.0.0.1"));
        System.out.println("InfinitePay simulator listening on " + url);
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::close));
    }
}
