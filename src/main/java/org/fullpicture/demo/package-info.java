/**
 * Synthetic demo data: an invented town's agencies, practitioners, families and three
 * years of chronology, generated from a fixed seed, loaded on the first start of a demo
 * instance and, at scale, for benchmarks.
 */
package org.fullpicture.demo;
