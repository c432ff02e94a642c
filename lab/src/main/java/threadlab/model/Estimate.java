package threadlab.model;

import java.util.Map;

/**
 * One bound's answer for one run: the shortest wall time it allows, the law it comes from, one
 * line on the numbers that went in, and those numbers by name.
 */
public record Estimate(String bound, String law, double wallSeconds, String basis, Map<String, Double> figures) {}
