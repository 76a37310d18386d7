/**
 * Children (born and unborn) and adults: names, identifiers, addresses, education
 * settings, relationships, and the household and family network that follow from them.
 */
package org.fullpicture.people;
