/**
 * Agencies, the practitioners who belong to them, and involvements: which agency (and
 * which practitioner) works with which child, the ground of need-to-know.
 */
package org.fullpicture.agencies;
