package threadlab.files;

import threadlab.InvalidInputException;

/**
 * A folder the lab would keep files in, refused because someone else could control it (a link, a
 * folder of another user's, one others may write). The lab stops, having touched nothing in it;
 * the message, one line, names the folder, why, and the property that picks another.
 */
public final class RefusedFolderException extends InvalidInputException {

    RefusedFolderException(LabFolder place, java.nio.file.Path dir, String why) {
        super("refusing the " + place.description() + " " + dir + ": it " + why
                + "; remove it, or pick another folder with -D" + place.property() + "=DIR");
    }
}
