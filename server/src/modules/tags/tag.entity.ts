import { Column, Entity, PrimaryColumn } from "typeorm";

/** A label recruiters put on contacts; names are unique in a workspace, whatever their case. */
@Entity({ name: "tag" })
export class TagEntity {
  @PrimaryColumn("uuid", { name: "workspace_id" })
  workspaceId: string;

  @PrimaryColumn("uuid")
  id: string;

  @Column("text")
  name: string;

  @Column("text", { nullable: true })
  color: string | null;

  @Column({ type: "timestamptz", name: "created_at", insert: false, update: false })
  createdAt: Date;
}
