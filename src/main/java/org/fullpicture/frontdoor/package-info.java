/**
 * The front door of children's services (the MASH): contacts about children, triage
 * against the local thresholds, multi-agency checks, decisions with their rationale, and
 * answers to the people who raised the concern.
 */
package org.fullpicture.frontdoor;
