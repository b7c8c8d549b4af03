package com.bakery.simulators;

import com.bakery.simulators.infinitepay.InfinitePaySimulator;

/** Runs the Infinity Pay simulator as a process: {@code java -jar provider-simulators.jar [port]} (default 8090). */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int port = args.length > 0 ? Integer.parseInt(args[0])
                : Integer.parseInt(System.getenv().getOrDefault("INFINITY_PAY_SIMULATOR_PORT", "8090"));
        InfinitePaySimulator simulator = new InfinitePaySimulator();
        String url = simulator.start(port);
        System.out.println("Infinity Pay simulator listening on " + url);
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::close));
    }
}
