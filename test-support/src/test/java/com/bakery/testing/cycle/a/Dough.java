package com.bakery.testing.cycle.a;

import com.bakery.testing.cycle.b.Oven;

/** Half of a deliberate package cycle (a → b → a), for PackageCyclesTest. */
public class Dough {
    public Oven bakedIn;
}
