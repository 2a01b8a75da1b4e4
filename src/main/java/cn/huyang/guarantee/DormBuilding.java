package cn.huyang.guarantee;

/**
 * A student dormitory building: how many students it houses, and whether it has a counselor office
 * (辅导员办公室) and a Party/League activity room (党团活动室) [三(三)7]. {@code id} null and
 * {@code version} 0 until stored.
 */
public record DormBuilding(Long id, String name, int students, boolean counselorOffice, boolean activityRoom,
                           String note, int version) {

    /** Houses students but lacks the office or the activity room. */
    public boolean lacking() {
        return students > 0 && (!counselorOffice || !activityRoom);
    }
}
