package org.fullpicture.linkage;

/**
 * One address a person has lived at; any part may be null.
 */
public record LinkageAddress(String streetNumber, String street, String locality, String town, String postcode) {

}
