package org.inspectionplanner.web.files;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface StoredFileRepository extends JpaRepository<StoredFile, Long> {

    /** The files' descriptions without their bytes. */
    @Query("select new org.inspectionplanner.web.files.FileInfo(f.name, f.contentType, f.sizeBytes, f.sha256, f.createdAt)"
            + " from StoredFile f where f.ownerType = ?1 and f.ownerId = ?2 order by f.name")
    List<FileInfo> describe(FileOwner ownerType, long ownerId);

    Optional<StoredFile> findByOwnerTypeAndOwnerIdAndName(FileOwner ownerType, long ownerId, String name);

    List<StoredFile> findByOwnerTypeAndOwnerId(FileOwner ownerType, long ownerId);

    @Modifying
    @Query("delete from StoredFile f where f.ownerType = ?1 and f.ownerId = ?2")
    int deleteByOwner(FileOwner ownerType, long ownerId);
}
