/**
 * Early help: episodes with a lead professional, a team around the family, assessment,
 * plan, reviews, step-up and step-down, and a closure that is never silent.
 */
package org.fullpicture.earlyhelp;
